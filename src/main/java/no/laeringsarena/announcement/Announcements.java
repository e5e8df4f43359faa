package no.laeringsarena.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * Announcements: everyone reads those shown now (the newest five on a page); editors and system administrators
 * write, change and withdraw them (checked here on the server).
 */
@ApplicationScoped
@Transactional
public class Announcements {

    static final int SHOWN = 5;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The announcements shown now, newest first. */
    public List<Announcement> current() {
        return em.createNamedQuery("Announcement.shownAt", Announcement.class)
                .setParameter("now", OffsetDateTime.now(clock)).setMaxResults(SHOWN).getResultList();
    }

    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public List<Announcement> all() {
        return em.createNamedQuery("Announcement.all", Announcement.class).setMaxResults(200).getResultList();
    }

    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public Announcement find(long id) {
        Announcement a = em.find(Announcement.class, id);
        if (a == null) {
            throw new AnnouncementRefused(List.of(AnnouncementProblem.of(null, "announcement.error.notFound")));
        }
        return a;
    }

    /** Publishes a new announcement ({@code id} null) or saves changes to one. Returns its id. */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public long save(long editorId, Long id, AnnouncementDraft draft) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<AnnouncementProblem> problems = AnnouncementRules.problems(draft, now);
        if (!problems.isEmpty()) {
            throw new AnnouncementRefused(problems);
        }
        Announcement a = id == null ? new Announcement(em.find(UserAccount.class, editorId), now) : find(id);
        a.write(draft, AnnouncementRules.period(draft, now), now);
        if (id == null) {
            em.persist(a);
        }
        em.flush();
        return a.getId();
    }

    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public void withdraw(long id) {
        find(id).withdraw(OffsetDateTime.now(clock));
    }
}
