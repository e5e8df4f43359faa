package no.laeringsarena.forum;

import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchOutbox;

/**
 * "Hvem bruker hva" in the common search: one document per system (kind "system", facet type "system"), named as
 * the organisations write it, with the organisations that use it, their vendors and areas, linking to the page that
 * lists them and the threads about it. Written through the outbox when an organisation adds or removes the system.
 */
public final class SystemsIndexing {

    public static final String KIND = "system";

    private SystemsIndexing() {
    }

    /** The system's document id: its name without case, hyphens for spaces (shortened with a hash to fit the outbox's 200 characters). */
    public static String documentId(String systemName) {
        String key = systemName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return KIND + ":" + (key.length() <= 180 ? key : key.substring(0, 150) + "#" + Integer.toHexString(key.hashCode()));
    }

    /** Call in the transaction that added or removed an organisation's system (after flush). */
    static void systemChanged(EntityManager em, String systemName) {
        List<SystemInUse> users = em.createNamedQuery("SystemInUse.byName", SystemInUse.class)
                .setParameter("name", systemName.strip().toLowerCase(Locale.ROOT)).getResultList();
        if (users.isEmpty()) {
            SearchOutbox.delete(em, documentId(systemName));
        } else {
            SearchOutbox.upsert(em, document(users));
        }
    }

    /** The documents of every system some organisation uses, for a full reindex. */
    static List<SearchDocument> documents(EntityManager em) {
        Map<String, List<SystemInUse>> byName = new LinkedHashMap<>();
        for (SystemInUse s : em.createNamedQuery("SystemInUse.all", SystemInUse.class).getResultList()) {
            byName.computeIfAbsent(s.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
        }
        return byName.values().stream().map(SystemsIndexing::document).toList();
    }

    /** One system's document from the organisations that use it (at least one). */
    static SearchDocument document(List<SystemInUse> users) {
        String name = users.getFirst().getName();
        Set<String> organisations = new LinkedHashSet<>();
        Set<String> vendors = new LinkedHashSet<>();
        Set<String> areas = new LinkedHashSet<>();
        for (SystemInUse s : users) {
            organisations.add(s.getOrganisation().getName());
            if (!s.getVendor().isBlank()) {
                vendors.add(s.getVendor());
            }
            if (!s.getArea().isBlank()) {
                areas.add(s.getArea());
            }
        }
        StringBuilder body = new StringBuilder("Brukes av ").append(String.join(", ", organisations)).append('.');
        if (!vendors.isEmpty()) {
            body.append(" Leverandør: ").append(String.join(", ", vendors)).append('.');
        }
        if (!areas.isEmpty()) {
            body.append(" Område: ").append(String.join(", ", areas)).append('.');
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(KIND));
        return new SearchDocument(documentId(name), KIND, name, body.toString(), "nb",
                "forum/systemer.xhtml?system=" + URLEncoder.encode(name, StandardCharsets.UTF_8), facets);
    }
}
