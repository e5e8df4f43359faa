package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts and organisations: registration, look-ups, and what happens at a successful login. */
@ApplicationScoped
public class IdentityService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /**
     * Registers a learner (role deltaker). All checks run before anything is written, so a refused
     * registration leaves nothing behind.
     */
    @Transactional
    public UserAccount register(Registration form) {
        List<String> problems = new ArrayList<>(form.problems());
        Organisation organisation = null;
        if (problems.isEmpty()) {
            if (findByEmail(form.email()).isPresent()) {
                problems.add("registration.emailTaken");
            }
            if (form.hasOrganisationNumber()) {
                organisation = findOrganisation(Organisasjonsnummer.parse(form.organisasjonsnummer()).orElseThrow())
                        .orElse(null);
                if (organisation == null) {
                    problems.add("registration.orgnrUnknown");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IdentityValidationException(problems);
        }
        return createAccount(form.email(), form.displayName().strip(), form.password(), organisation,
                EnumSet.of(Role.DELTAKER));
    }

    @Transactional
    public UserAccount createAccount(String email, String displayName, String password, Organisation organisation,
                                     Set<Role> roles) {
        UserAccount account = new UserAccount(email, displayName, hasher.hash(password.toCharArray()),
                organisation, roles);
        em.persist(account);
        return account;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<Organisation> findOrganisation(Organisasjonsnummer orgnr) {
        return em.createNamedQuery("Organisation.byOrgnr", Organisation.class)
                .setParameter("orgnr", orgnr.value())
                .getResultStream().findFirst();
    }

    public List<Organisation> organisations() {
        return em.createNamedQuery("Organisation.all", Organisation.class).getResultList();
    }

    /** Adds an organisation after checking its numbers; a duplicate organisation number is refused. */
    @Transactional
    public Organisation addOrganisation(String name, OrganisationKind kind, String kommunenummer, String orgnrInput) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("organisation.nameRequired");
        }
        if (kind == null) {
            problems.add("organisation.kindRequired");
        }
        String knr = kommunenummer == null ? "" : kommunenummer.strip();
        if (!knr.isEmpty() && !knr.matches("[0-9]{4}")) {
            problems.add("organisation.kommunenummerInvalid");
        }
        if (kind == OrganisationKind.KOMMUNE && knr.isEmpty()) {
            problems.add("organisation.kommunenummerRequired");
        }
        Optional<Organisasjonsnummer> orgnr = Organisasjonsnummer.parse(orgnrInput);
        if (orgnr.isEmpty()) {
            problems.add("registration.orgnrInvalid");
        } else if (findOrganisation(orgnr.get()).isPresent()) {
            problems.add("organisation.orgnrTaken");
        }
        if (!problems.isEmpty()) {
            throw new IdentityValidationException(problems);
        }
        Organisation organisation = new Organisation(name.strip(), kind, knr.isEmpty() ? null : knr, orgnr.get());
        em.persist(organisation);
        return organisation;
    }

    /**
     * The caller's account, which must belong to an organisation: what organisation administrators and leaders act
     * on is always their own organisation, whatever ids a request carries.
     */
    public UserAccount callerWithOrganisation(java.security.Principal principal) {
        UserAccount account = principal == null ? null : findByEmail(principal.getName()).orElse(null);
        if (account == null || account.getOrganisation() == null || !account.isActive()) {
            throw new AccessDeniedException("the caller must belong to an organisation");
        }
        return account;
    }

    /** Whose an invitation link is, while it can still be used. */
    public Optional<UserAccount> invitee(String token) {
        return usableInvitation(token).map(Invitation::getUser);
    }

    /**
     * Sets the first password through an invitation link; the link is used up. Refused (with message keys) when the
     * link is unknown, used or expired, or the password is not good enough.
     */
    @Transactional
    public UserAccount acceptInvitation(String token, String password, String passwordRepeated) {
        Invitation invitation = usableInvitation(token)
                .orElseThrow(() -> new IdentityValidationException(List.of("invitation.invalid")));
        UserAccount user = invitation.getUser();
        List<String> problems = new ArrayList<>(PasswordPolicy.violations(password, user.getEmail()));
        if (password != null && !password.equals(passwordRepeated)) {
            problems.add("registration.passwordsDiffer");
        }
        if (!problems.isEmpty()) {
            throw new IdentityValidationException(problems);
        }
        user.changePasswordHash(hasher.hash(password.toCharArray()));
        invitation.markUsed(OffsetDateTime.now());
        return user;
    }

    private Optional<Invitation> usableInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("Invitation.byTokenHash", Invitation.class)
                .setParameter("hash", Invitation.hash(token)).getResultStream()
                .filter(i -> i.isUsable(OffsetDateTime.now())).findFirst();
    }

    /** The units of an organisation as a tree. */
    public UnitTree unitTree(Organisation organisation) {
        return UnitTree.of(em.createNamedQuery("OrganisationUnit.byOrganisation", OrganisationUnit.class)
                .setParameter("organisationId", organisation.getId()).getResultStream()
                .map(u -> new UnitTree.Unit(u.getId(), u.getParentId(), u.getName())).toList());
    }

    /** Checks a password; upgrades an old hash to the current work factor on the way. */
    @Transactional
    public Optional<UserAccount> authenticate(String email, char[] password) {
        Optional<UserAccount> account = findByEmail(email);
        if (account.isEmpty()) {
            // same work as a real check, so response time does not reveal which e-mails exist
            hasher.verify(password, DUMMY_HASH);
            return Optional.empty();
        }
        UserAccount user = account.get();
        if (!hasher.verify(password, user.getPasswordHash()) || !user.isActive()) {
            return Optional.empty();
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            user.changePasswordHash(hasher.hash(password));
        }
        user.recordLogin(OffsetDateTime.now());
        return Optional.of(user);
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password".toCharArray());
}
