package no.laeringsarena.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.Organisasjonsnummer;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.PasswordHasher;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * Which account a provider's subject logs in to. A known subject logs in to its linked account; an unknown one gets
 * a new account (role deltaker, organisation from the claims when it names one we know), unless its e-mail address
 * already belongs to an account: that account is linked only when its owner proves it is theirs, by logging in with
 * the password and linking the provider from Min side ({@link #link}).
 */
@ApplicationScoped
public class OidcAccounts {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    AuditLog audit;

    /**
     * The account to log in to, created at the first login.
     *
     * @throws OidcLoginException {@code emailTaken} when the e-mail address has an unlinked account,
     *                            {@code inactive} when the account is deactivated
     */
    @Transactional
    public UserAccount logIn(OidcIdentity person, String providerName) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<OidcLink> link = find(person);
        if (link.isPresent()) {
            UserAccount user = link.get().getUser();
            if (!user.isActive()) {
                throw new OidcLoginException("inactive");
            }
            link.get().recordLogin(now);
            user.recordLogin(now);
            return user;
        }
        if (person.email().isPresent() && identity.findByEmail(person.email().get()).isPresent()) {
            throw new OidcLoginException("emailTaken");
        }
        Organisation organisation = person.organisasjonsnummer()
                .flatMap(Organisasjonsnummer::parse).flatMap(identity::findOrganisation).orElse(null);
        UserAccount user = newAccount(person, organisation, providerName);
        user.recordLogin(now);
        em.persist(user);
        OidcLink created = new OidcLink(user, person);
        created.recordLogin(now);
        em.persist(created);
        return user;
    }

    /**
     * Links a provider's subject to the account of a person logged in with the password.
     *
     * @throws OidcLoginException {@code alreadyLinked} when the subject belongs to another account or the account
     *                            has another subject of that provider
     */
    @Transactional
    public void link(String accountEmail, OidcIdentity person) {
        UserAccount user = identity.findByEmail(accountEmail).filter(UserAccount::isActive)
                .orElseThrow(() -> new OidcLoginException("inactive"));
        Optional<OidcLink> existing = find(person);
        if (existing.isPresent()) {
            if (existing.get().getUser().getId().equals(user.getId())) {
                return;
            }
            throw new OidcLoginException("alreadyLinked");
        }
        if (links(user).stream().anyMatch(l -> l.getProvider() == person.provider())) {
            throw new OidcLoginException("alreadyLinked");
        }
        em.persist(new OidcLink(user, person));
    }

    /** What came of unlinking a provider. */
    public enum Unlinked {
        /** The link is gone: the provider no longer logs in to this account. */
        UNLINKED,
        /** The account had no link to that provider. */
        NOT_LINKED,
        /** Refused: it is the account's only way to log in (no password, no other provider). */
        LAST_WAY_TO_LOG_IN
    }

    /**
     * Unlinks the provider from the account of the person logged in (Min side), unless it is her last way to log in:
     * an account without a password needs another linked provider. Audit-logged.
     */
    @Transactional
    public Unlinked unlink(String accountEmail, OidcProvider provider) {
        UserAccount user = identity.findByEmail(accountEmail).filter(UserAccount::isActive)
                .orElseThrow(() -> new OidcLoginException("inactive"));
        List<OidcLink> links = em.createNamedQuery("OidcLink.byUser", OidcLink.class).setParameter("userId", user.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Optional<OidcLink> link = links.stream().filter(l -> l.getProvider() == provider).findFirst();
        if (link.isEmpty()) {
            return Unlinked.NOT_LINKED;
        }
        boolean hasPassword = !PasswordHasher.NO_PASSWORD.equals(user.getPasswordHash());
        if (!hasPassword && links.size() == 1) {
            return Unlinked.LAST_WAY_TO_LOG_IN;
        }
        em.remove(link.get());
        audit.record(AuditEvent.by(user.getId(), user.getEmail(), AuditEventType.LOGIN_PROVIDER_UNLINKED,
                AuditEvent.account(user.getId()), provider.key()));
        return Unlinked.UNLINKED;
    }

    public List<OidcLink> links(UserAccount user) {
        return em.createNamedQuery("OidcLink.byUser", OidcLink.class).setParameter("userId", user.getId())
                .getResultList();
    }

    public Optional<OidcLink> find(OidcIdentity person) {
        return em.createNamedQuery("OidcLink.bySubject", OidcLink.class)
                .setParameter("provider", person.provider()).setParameter("subject", person.subject())
                .getResultStream().findFirst();
    }

    /**
     * A new account for a person a provider vouched for: no password (they log in through the provider), role
     * deltaker. Without an e-mail address from the provider the account's login name is an address under the
     * reserved top-level domain .invalid, made from the subject, which no mail is ever delivered to.
     */
    static UserAccount newAccount(OidcIdentity person, Organisation organisation, String providerName) {
        String email = person.email().orElseGet(() -> placeholderEmail(person));
        String name = person.name().orElse(providerName);
        return new UserAccount(email, name, PasswordHasher.NO_PASSWORD, organisation, EnumSet.of(Role.DELTAKER));
    }

    static String placeholderEmail(OidcIdentity person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((person.provider().key() + ":" + person.subject()).getBytes(StandardCharsets.UTF_8));
            // letters only (a–p for each half byte), so the address holds no run of digits
            StringBuilder local = new StringBuilder(person.provider().key()).append('-');
            for (int i = 0; i < 10; i++) {
                local.append((char) ('a' + ((digest[i] >> 4) & 0xf))).append((char) ('a' + (digest[i] & 0xf)));
            }
            return local + "@brukere.invalid";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
