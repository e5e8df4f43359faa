package no.laeringsarena.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Imports one item in a transaction of its own, so an item is saved whole or not at all and a failing item
 * never undoes the others. Used by {@link ContentImporter}.
 */
@ApplicationScoped
public class ContentItemImporter {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    /** Decides what to do with the item (see {@link ImportDecision#decide}) and does it. */
    @Transactional(TxType.REQUIRES_NEW)
    public <T> ImportDecision importItem(ContentItem<T> item) {
        ImportState state = em.createNamedQuery("ImportState.byTypeAndKey", ImportState.class)
                .setParameter("type", item.type())
                .setParameter("key", item.key())
                .getResultStream().findFirst().orElse(null);
        Long rowVersion = item.handler().currentVersion(em, item.key());
        ImportDecision decision = ImportDecision.decide(item.contentHash(),
                state == null ? null : state.lastImport(), rowVersion, item.force());
        if (decision.writesRow()) {
            long versionAfter = item.handler().write(em, item.key(), item.data());
            if (state == null) {
                state = new ImportState(item.type(), item.key());
                state.recordImport(item.path(), item.contentHash(), versionAfter, OffsetDateTime.now(ZoneOffset.UTC));
                em.persist(state);
            } else {
                state.recordImport(item.path(), item.contentHash(), versionAfter, OffsetDateTime.now(ZoneOffset.UTC));
            }
        } else if (decision == ImportDecision.UNCHANGED && !item.path().equals(state.getSourcePath())) {
            state.movedTo(item.path());
        }
        return decision;
    }

    /** Every item some import has written, with the file it came from. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<ImportState> importedItems() {
        return em.createNamedQuery("ImportState.all", ImportState.class).getResultList();
    }
}
