package no.laeringsarena.taxonomy;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;

/**
 * What the three taxonomy item types share: {@code navn} (required), {@code alias}, {@code rekkefølge} and a
 * Markdown description; sub-areas add {@code parent}.
 */
abstract class TaxonomyTermContentType implements ContentTypeHandler<TermContent> {

    static final String NAME = "navn";
    static final String ALIASES = "alias";
    static final String SORT_ORDER = "rekkefølge";
    static final String PARENT = "parent";

    abstract TermKind kind();

    /** Reads {@code parent} for kinds that have one; null otherwise. */
    ContentReference parent(FrontMatterFields fields) {
        return null;
    }

    @Override
    public TermContent parse(FrontMatterFields fields, String bodyMarkdown) {
        return new TermContent(
                fields.requiredLocalizedText(NAME),
                fields.textList(ALIASES),
                parent(fields),
                fields.optionalInt(SORT_ORDER, 0),
                bodyMarkdown);
    }

    @Override
    public List<ContentReference> references(TermContent data) {
        return data.parent() == null ? List.of() : List.of(data.parent());
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        TaxonomyTerm term = TaxonomyTerms.find(em, kind(), key);
        return term == null ? null : term.getVersion();
    }

    @Override
    public long write(EntityManager em, String key, TermContent data) {
        LocalizedName name = LocalizedName.of(data.name());
        TaxonomyTerm parent = null;
        if (data.parent() != null) {
            parent = TaxonomyTerms.get(em, TermKind.SECTOR, data.parent().targetKey());
        }
        TaxonomyTerm term = TaxonomyTerms.find(em, kind(), key);
        if (term == null) {
            term = new TaxonomyTerm(kind(), key, name);
            em.persist(term);
        }
        term.describe(name, parent, data.aliases(), data.descriptionMarkdown(), data.sortOrder());
        em.flush();
        return term.getVersion();
    }
}
