package no.laeringsarena.taxonomy;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Looking up taxonomy terms by kind and key. */
public final class TaxonomyTerms {

    private TaxonomyTerms() {
    }

    /** The term with this kind and key, or null. */
    public static TaxonomyTerm find(EntityManager em, TermKind kind, String key) {
        return em.createNamedQuery("TaxonomyTerm.byKindAndKey", TaxonomyTerm.class)
                .setParameter("kind", kind)
                .setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }

    /** The term with this kind and key; an exception naming it when there is none. */
    public static TaxonomyTerm get(EntityManager em, TermKind kind, String key) {
        TaxonomyTerm term = find(em, kind, key);
        if (term == null) {
            throw new IllegalStateException(kind + " '" + key + "' finnes ikke i databasen");
        }
        return term;
    }

    /** All terms of a kind, in sort order then bokmål name. */
    public static List<TaxonomyTerm> all(EntityManager em, TermKind kind) {
        return em.createNamedQuery("TaxonomyTerm.byKind", TaxonomyTerm.class).setParameter("kind", kind).getResultList();
    }
}
