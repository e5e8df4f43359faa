package no.laeringsarena.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.scim.ScimTokens;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.web.Messages;

/**
 * {@code organisasjon/scim.xhtml}: the organisation administrator creates a bearer token for the organisation's own
 * system (Entra ID, an HR system) — shown once, right after — and revokes tokens that should no longer work.
 */
@Named("scimTokens")
@ViewScoped
public class ScimTokenBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScimTokens tokens;

    @Inject
    PlatformSettings settings;

    private String label;
    private String issuedToken;
    private transient List<ScimTokens.TokenView> active;

    public List<ScimTokens.TokenView> getActive() {
        if (active == null) {
            active = tokens.active();
        }
        return active;
    }

    public void issue() {
        try {
            issuedToken = tokens.issue(label);
            Messages.info(null, "scim.token.issued", label.strip());
            label = null;
            active = null;
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error("scim-token-form:label", key));
        }
    }

    public void revoke(ScimTokens.TokenView token) {
        try {
            tokens.revoke(token.id());
            Messages.info(null, "scim.token.revoked", token.label());
            issuedToken = null;
            active = null;
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    /** The address the organisation's system is configured with. */
    public String getEndpoint() {
        return settings.baseUrl().replaceAll("/+$", "") + "/scim/v2";
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
