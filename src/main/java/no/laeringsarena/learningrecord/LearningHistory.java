package no.laeringsarena.learningrecord;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.Agents;
import no.laeringsarena.platform.PlatformSettings;

/**
 * A learner's own statements (never anyone else's: the caller passes the logged-in user's id), newest first, for
 * the history page and the JSON export. Voided statements are left out.
 */
@ApplicationScoped
@Transactional
public class LearningHistory {

    static final int MAX = 1000;

    @Inject
    StatementStore statements;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    public List<JsonObject> statementsOf(long userId) {
        Optional<UUID> pseudonym = pseudonyms.find(userId);
        if (pseudonym.isEmpty()) {
            return List.of();
        }
        String key = Agents.key(LearningStatements.learner(settings.baseUrl(), pseudonym.get())).orElseThrow();
        return statements.byActor(key, MAX);
    }

    public List<HistoryLine> linesOf(long userId, String language) {
        return statementsOf(userId).stream().map(s -> HistoryLine.of(s, settings.baseUrl(), language)).toList();
    }

    public String exportOf(long userId) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        statementsOf(userId).forEach(array::add);
        return array.build().toString();
    }
}
