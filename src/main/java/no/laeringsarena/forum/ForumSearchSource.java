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
    public List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        em.createQuery("SELECT c FROM ForumCategory c ORDER BY c.id", ForumCategory.class).getResultStream()
                .filter(c -> !c.isClosed())
                .forEach(c -> documents.add(ForumCategoryIndexing.document(c)));
        em.createQuery("SELECT t FROM ForumThread t ORDER BY t.id", ForumThread.class).getResultStream()
                .filter(ForumRules::publiclyVisible)
                .forEach(t -> documents.add(ForumThreadIndexing.document(em, t)));
        documents.addAll(SystemsIndexing.documents(em));
        return documents;
    }
}
