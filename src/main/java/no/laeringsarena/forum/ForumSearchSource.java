package no.laeringsarena.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchDocumentSource;

/** Open forum categories, publicly visible threads and the systems of "Hvem bruker hva", for a full reindex. */
@ApplicationScoped
@Transactional
public class ForumSearchSource implements SearchDocumentSource {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Override
    public String name() {
        return "forum";
    }

    @Override
    public long estimatedCount() {
        return em.createQuery("SELECT COUNT(c) FROM ForumCategory c", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(t) FROM ForumThread t", Long.class).getSingleResult();
    }

    /** The open categories and the "Hvem bruker hva" systems come with the first page; then the threads, a page at a time. */
    @Override
    public Page documents(int page, int size) {
        List<SearchDocument> documents = new ArrayList<>();
        if (page == 0) {
            em.createQuery("SELECT c FROM ForumCategory c ORDER BY c.id", ForumCategory.class).getResultStream()
                    .filter(c -> !c.isClosed())
                    .forEach(c -> documents.add(ForumCategoryIndexing.document(c)));
            documents.addAll(SystemsIndexing.documents(em));
        }
        List<ForumThread> threads = em.createQuery("SELECT t FROM ForumThread t ORDER BY t.id", ForumThread.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        threads.stream().filter(ForumRules::publiclyVisible).forEach(t -> documents.add(ForumThreadIndexing.document(em, t)));
        return Page.of(documents, threads.size(), size);
    }
}
