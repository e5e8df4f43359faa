package no.laeringsarena.identity.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.Invitation;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/** An organisation administrator's SCIM tokens for their own organisation, and the check each SCIM request makes. */
@ApplicationScoped
public class ScimTokens {

    /** A token as listed on the page (never its secret). */
    public record TokenView(long id, String label, String createdBy, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    /** The organisation's tokens that still work, newest first. */
    @RequiresRole(Role.VIRKSOMHETSADMINISTRATOR)
    public List<TokenView> active() {
        UserAccount admin = caller();
        return em.createQuery("SELECT t FROM ScimToken t WHERE t.organisation.id = :org AND t.revokedAt IS NULL "
                        + "ORDER BY t.createdAt DESC", ScimToken.class)
                .setParameter("org", admin.getOrganisation().getId()).getResultStream()
                .map(t -> new TokenView(t.getId(), t.getLabel(),
                        t.getCreatedBy() == null ? "" : t.getCreatedBy().getDisplayName(), t.getCreatedAt(), t.getLastUsedAt()))
                .toList();
    }

    /** Issues a token for the caller's organisation; the secret is returned to be shown once. */
    @RequiresRole(Role.VIRKSOMHETSADMINISTRATOR)
    @Transactional
    public String issue(String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new IdentityValidationException(List.of("scim.token.labelInvalid"));
        }
        UserAccount admin = caller();
        ScimToken.Issued issued = ScimToken.issue(admin.getOrganisation(), clean, admin, OffsetDateTime.now());
        em.persist(issued.token());
        return issued.secret();
    }

    @RequiresRole(Role.VIRKSOMHETSADMINISTRATOR)
    @Transactional
    public void revoke(long tokenId) {
        UserAccount admin = caller();
        ScimToken token = em.find(ScimToken.class, tokenId);
        if (token == null || !token.getOrganisation().getId().equals(admin.getOrganisation().getId())) {
            throw new IdentityValidationException(List.of("scim.token.unknown"));
        }
        token.revoke(OffsetDateTime.now());
    }

    /** The organisation a bearer token acts for, if it is one of ours and not revoked. */
    @Transactional
    public Optional<Long> organisationOf(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ScimToken> token = em.createQuery("SELECT t FROM ScimToken t WHERE t.tokenHash = :hash", ScimToken.class)
                .setParameter("hash", Invitation.hash(secret.strip())).getResultStream()
                .filter(t -> !t.isRevoked()).findFirst();
        token.ifPresent(t -> {
            // at most one write a minute per token, whatever the client's request rate
            OffsetDateTime now = OffsetDateTime.now();
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(1, ChronoUnit.MINUTES))) {
                t.recordUse(now);
            }
        });
        return token.map(t -> t.getOrganisation().getId());
    }

    private UserAccount caller() {
        return identity.callerWithOrganisation(security.getCallerPrincipal());
    }
}
