package no.laeringsarena.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * "Hvem bruker hva": which organisations use which systems. Anyone may look a system up and see the organisations
 * that use it and the forum threads tagged with it, also from the common search ({@link SystemsIndexing}); an
 * organisation's virksomhetsadministrator keeps its list.
 */
@ApplicationScoped
@Transactional
public class SystemsInUse {

    /** A system and how many organisations use it. */
    public record SystemSummary(String name, long organisations) {
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    ForumService forum;

    /** Every system named by some organisation, with how many use it, most used first. */
    public List<SystemSummary> summary() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (SystemInUse s : em.createNamedQuery("SystemInUse.all", SystemInUse.class).getResultList()) {
            String key = s.getName().toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, s.getName());
            counts.merge(key, 1L, Long::sum);
        }
        return names.entrySet().stream().map(e -> new SystemSummary(e.getValue(), counts.get(e.getKey())))
                .sorted(Comparator.comparingLong(SystemSummary::organisations).reversed()
                        .thenComparing(x -> x.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The organisations that use a system (name compared without case). */
    public List<SystemInUse> usersOf(String systemName) {
        if (systemName == null || systemName.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery("SystemInUse.byName", SystemInUse.class)
                .setParameter("name", systemName.strip().toLowerCase(Locale.ROOT)).getResultList();
    }

    /** Threads tagged with the system that the caller may read, newest activity first. */
    public List<ForumThread> threadsAbout(String systemName) {
        if (systemName == null || systemName.isBlank()) {
            return List.of();
        }
        ForumViewer viewer = forum.viewer();
        return em.createQuery("SELECT t FROM ForumThread t WHERE lower(t.systemName) = :name ORDER BY t.lastActivityAt DESC",
                        ForumThread.class).setParameter("name", systemName.strip().toLowerCase(Locale.ROOT)).setMaxResults(50)
                .getResultStream().filter(t -> ForumRules.canRead(t, viewer)).toList();
    }

    /** The systems of the caller's own organisation. */
    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR})
    public List<SystemInUse> mine() {
        return em.createNamedQuery("SystemInUse.ofOrganisation", SystemInUse.class).setParameter("organisation", myOrganisation())
                .getResultList();
    }

    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR})
    public SystemInUse add(String name, String vendor, String area) {
        List<String> problems = ForumRules.systemProblems(name, vendor, area);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        Organisation organisation = myOrganisation();
        boolean exists = mine().stream().anyMatch(s -> s.getName().equalsIgnoreCase(name.strip()));
        if (exists) {
            throw new ForumException("systems.error.duplicate");
        }
        SystemInUse system = new SystemInUse(organisation, name.strip(), vendor == null ? "" : vendor.strip(),
                area == null ? "" : area.strip(), ForumService.now());
        em.persist(system);
        em.flush();
        SystemsIndexing.systemChanged(em, system.getName());
        return system;
    }

    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR})
    public void remove(Long systemId) {
        SystemInUse system = systemId == null ? null : em.find(SystemInUse.class, systemId);
        if (system == null || !system.getOrganisation().getId().equals(myOrganisation().getId())) {
            throw new ForumException("forum.error.notFound");
        }
        em.remove(system);
        em.flush();
        SystemsIndexing.systemChanged(em, system.getName());
    }

    private Organisation myOrganisation() {
        UserAccount me = forum.requireAccount();
        if (me.getOrganisation() == null) {
            throw new ForumException("systems.error.noOrganisation");
        }
        return me.getOrganisation();
    }
}
