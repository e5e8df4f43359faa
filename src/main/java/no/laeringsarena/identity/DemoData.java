package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo organisations and one demo user per role, for development and tests only (MicroProfile Config
 * {@code laeringsarena.demo-data=true}; the dev run and the test run set it, production never does).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo user. Printed by the dev run; never used outside dev and tests. */
    public static final String PASSWORD = "demo-passord-2026";

    public record DemoUser(String email, String name, Role role) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("deltaker@demo.laeringsarena.no", "Dina Deltaker", Role.DELTAKER),
            new DemoUser("kursholder@demo.laeringsarena.no", "Kari Kursholder", Role.KURSHOLDER),
            new DemoUser("redaktor@demo.laeringsarena.no", "Rune Redaktør", Role.REDAKTOR),
            new DemoUser("moderator@demo.laeringsarena.no", "Mona Moderator", Role.MODERATOR),
            new DemoUser("virksomhetsadmin@demo.laeringsarena.no", "Vidar Virksomhetsadmin",
                    Role.VIRKSOMHETSADMINISTRATOR),
            new DemoUser("systemadmin@demo.laeringsarena.no", "Siri Systemadmin", Role.SYSTEMADMINISTRATOR),
            new DemoUser("leder@demo.laeringsarena.no", "Lise Leder", Role.LEDER));

    /** Fictional organisations with valid check digits, so they can never be mistaken for real ones. */
    static final String DEMO_KOMMUNE_ORGNR = "999999980";
    static final String DEMO_FYLKE_ORGNR = "999999972";

    /** The demo municipality's units, and who of the demo users works where. */
    static final String HELSE = "Helse og velferd";
    static final String SYKEHJEM = "Sykehjem Nord";
    static final String OPPVEKST = "Oppvekst og utdanning";

    @Inject
    IdentityService identity;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Transactional
    public void ensurePresent() {
        Organisation kommune = identity.findOrganisation(new Organisasjonsnummer(DEMO_KOMMUNE_ORGNR))
                .orElseGet(() -> identity.addOrganisation("Demo kommune", OrganisationKind.KOMMUNE, "9999",
                        DEMO_KOMMUNE_ORGNR));
        identity.findOrganisation(new Organisasjonsnummer(DEMO_FYLKE_ORGNR))
                .orElseGet(() -> identity.addOrganisation("Demo fylkeskommune", OrganisationKind.FYLKESKOMMUNE,
                        null, DEMO_FYLKE_ORGNR));
        int created = 0;
        for (DemoUser demo : USERS) {
            if (identity.findByEmail(demo.email()).isEmpty()) {
                identity.createAccount(demo.email(), demo.name(), PASSWORD, kommune, EnumSet.of(demo.role()));
                created++;
            }
        }
        if (identity.unitTree(kommune).nodes().isEmpty()) {
            OrganisationUnit helse = unit(kommune, null, HELSE);
            OrganisationUnit sykehjem = unit(kommune, helse, SYKEHJEM);
            unit(kommune, null, OPPVEKST);
            identity.findByEmail("deltaker@demo.laeringsarena.no").ifPresent(u -> u.placeIn(sykehjem));
            identity.findByEmail("leder@demo.laeringsarena.no").ifPresent(u -> u.placeIn(helse));
        }
        // demo users stand for established members: the forum's posting limit for new accounts does not apply to them
        OffsetDateTime established = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30);
        em.createQuery("UPDATE UserAccount u SET u.createdAt = :then WHERE u.email IN :emails AND u.createdAt > :then")
                .setParameter("then", established).setParameter("emails", USERS.stream().map(DemoUser::email).toList())
                .executeUpdate();
        if (created > 0) {
            LOG.info("Created " + created + " demo users (dev/test only)");
        }
    }

    private OrganisationUnit unit(Organisation organisation, OrganisationUnit parent, String name) {
        OrganisationUnit unit = new OrganisationUnit(organisation, parent, name);
        em.persist(unit);
        em.flush();
        return unit;
    }
}
