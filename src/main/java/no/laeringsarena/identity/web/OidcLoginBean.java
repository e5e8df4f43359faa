package no.laeringsarena.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.oidc.OidcAccounts;
import no.laeringsarena.identity.oidc.OidcConfiguration;
import no.laeringsarena.identity.oidc.OidcLink;
import no.laeringsarena.identity.oidc.OidcLoginException;
import no.laeringsarena.identity.oidc.OidcProvider;
import no.laeringsarena.identity.oidc.OidcSettings;
import no.laeringsarena.identity.oidc.ReturnPath;
import no.laeringsarena.platform.web.Messages;

/**
 * The OpenID Connect side of the login page (one button per configured provider, and what went wrong when a login
 * with one did not succeed) and of Min side (the providers one has linked, with buttons to unlink them, and buttons
 * to link the others).
 */
@Named("oidcLogin")
@RequestScoped
public class OidcLoginBean {

    /** A provider as a button: its key, its label and where it leads. */
    public record ProviderButton(String key, String label, String href) {
    }

    @Inject
    OidcConfiguration configuration;

    @Inject
    OidcAccounts accounts;

    @Inject
    IdentityService identity;

    private List<OidcSettings> configured;

    public List<ProviderButton> getLoginButtons() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String query = ReturnPath.of(external.getRequestParameterMap().get("return"))
                .map(p -> "?return=" + URLEncoder.encode(p, StandardCharsets.UTF_8)).orElse("");
        return configured().stream().map(s -> new ProviderButton(s.provider().key(),
                Messages.text("oidc.loginWith", s.displayName()),
                external.getRequestContextPath() + "/oidc/" + s.provider().key() + "/start" + query)).toList();
    }

    /** Buttons to link each configured provider the caller has not linked yet. */
    public List<ProviderButton> getLinkButtons() {
        Set<OidcProvider> linked = linkedProviders();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return configured().stream().filter(s -> !linked.contains(s.provider()))
                .map(s -> new ProviderButton(s.provider().key(), Messages.text("oidc.linkWith", s.displayName()),
                        context + "/oidc/" + s.provider().key() + "/start?koble=1")).toList();
    }

    /** The names of the configured providers the caller has linked. */
    public List<String> getLinkedNames() {
        Set<OidcProvider> linked = linkedProviders();
        return configured().stream().filter(s -> linked.contains(s.provider())).map(OidcSettings::displayName).toList();
    }

    /** A linked provider on Min side, with the label of its unlink button. */
    public record LinkedProvider(String key, String name, String unlinkLabel) {
    }

    /** The configured providers the caller has linked, to unlink from Min side. */
    public List<LinkedProvider> getLinked() {
        Set<OidcProvider> linked = linkedProviders();
        return configured().stream().filter(s -> linked.contains(s.provider()))
                .map(s -> new LinkedProvider(s.provider().key(), s.displayName(), Messages.text("oidc.unlink", s.displayName())))
                .toList();
    }

    /**
     * Unlinks the provider from the caller's account (Min side), refused with a message when it is her last way to log
     * in (no password, no other provider).
     */
    public String unlink(String key) {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        Optional<OidcSettings> settings = OidcProvider.byKey(key).flatMap(configuration::settings);
        if (principal == null || settings.isEmpty()) {
            return null;
        }
        String name = settings.get().displayName();
        switch (accounts.unlink(principal.getName(), settings.get().provider())) {
            case UNLINKED -> Messages.info(null, "oidc.unlinked", name);
            case LAST_WAY_TO_LOG_IN -> Messages.error(null, "oidc.unlinkRefused", name);
            case NOT_LINKED -> Messages.error(null, "oidc.notLinked", name);
        }
        return null;
    }

    public boolean isAnyConfigured() {
        return !configured().isEmpty();
    }

    /** The message for the error code in the request, or null when there is none (or it is not one of ours). */
    public String getErrorMessage() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("oidcFeil");
        return code != null && OidcLoginException.CODES.contains(code) ? Messages.text("oidc.error." + code) : null;
    }

    /** The message after a provider was linked, or null. */
    public String getLinkedMessage() {
        String key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("koblet");
        return OidcProvider.byKey(key).flatMap(configuration::settings)
                .map(s -> Messages.text("oidc.linked", s.displayName())).orElse(null);
    }

    private Set<OidcProvider> linkedProviders() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        if (principal == null) {
            return EnumSet.noneOf(OidcProvider.class);
        }
        return identity.findByEmail(principal.getName())
                .map(user -> accounts.links(user).stream().map(OidcLink::getProvider)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(OidcProvider.class))))
                .orElseGet(() -> EnumSet.noneOf(OidcProvider.class));
    }

    private List<OidcSettings> configured() {
        if (configured == null) {
            configured = configuration.configured();
        }
        return configured;
    }
}
