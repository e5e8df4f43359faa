package no.laeringsarena.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * The synonym rules searches use, editable by editors without a redeploy: kept in the database (until first
 * saved, the rules shipped in {@value SearchIndexSettings#SYNONYMS_RESOURCE} apply). Saving checks the rules
 * ({@link SynonymRules}) and starts a full reindex ({@link SearchReindexer}) into a new index with them: searches
 * answer from the old index until the new one takes over, and a rule Elasticsearch refuses leaves the old index live.
 */
@ApplicationScoped
@Transactional
public class SearchSynonyms {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    SearchReindexer reindexer;

    /** The rules as text, one a line, for the editor. */
    public String text() {
        SearchSynonymsRow row = em.find(SearchSynonymsRow.class, SearchSynonymsRow.ID);
        return row != null ? row.getRules() : String.join("\n", SearchIndexSettings.synonyms());
    }

    /** The rules in force for a new index. */
    public List<String> rules() {
        return SynonymRules.parse(text());
    }

    /**
     * Saves the rules and starts the reindex that applies them. Answers the problems instead when the text has any
     * (nothing saved then), or when a reindex is running already (saved; it applies with the next reindex).
     */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public Outcome save(String text, Long userId) {
        List<SynonymRules.Problem> problems = SynonymRules.problems(text);
        if (!problems.isEmpty()) {
            return new Outcome(problems, false);
        }
        String tidy = String.join("\n", SynonymRules.parse(text));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SearchSynonymsRow row = em.find(SearchSynonymsRow.class, SearchSynonymsRow.ID);
        if (row == null) {
            em.persist(new SearchSynonymsRow(tidy, userId, now));
        } else {
            row.update(tidy, userId, now);
        }
        em.flush();
        return new Outcome(List.of(), reindexer.startForSynonyms(SynonymRules.parse(tidy)));
    }

    /** What saving did: problems (nothing saved), or saved and whether the reindex started. */
    public record Outcome(List<SynonymRules.Problem> problems, boolean reindexStarted) {
    }
}
