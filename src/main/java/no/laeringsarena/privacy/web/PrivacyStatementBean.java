package no.laeringsarena.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.learningrecord.ForwardingSettings;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.ThemeSelection;
import no.laeringsarena.privacy.CertificatePolicy;
import no.laeringsarena.privacy.DataCategory;
import no.laeringsarena.privacy.PrivacySettings;
import no.laeringsarena.privacy.StatementPolicy;

/**
 * The privacy statement (personvern.xhtml), built from what this installation really does: the data categories the
 * export covers, the deletion policies in force, whether statements are forwarded to an external learning record
 * store (and where), and the cookies the platform sets.
 */
@Named("privacyStatement")
@RequestScoped
public class PrivacyStatementBean {

    /** A cookie the platform sets, with the message key that says what it is for. */
    public record CookieLine(String name, String purposeKey) {
    }

    @Inject
    PrivacySettings settings;

    @Inject
    ForwardingSettings forwarding;

    @Inject
    ServletContext servletContext;

    public List<DataCategory> getCategories() {
        return List.of(DataCategory.values());
    }

    public CertificatePolicy getCertificatePolicy() {
        return settings.certificatesOnDelete();
    }

    public StatementPolicy getStatementPolicy() {
        return settings.statementsOnDelete();
    }

    /** The host of the external learning record store statements are forwarded to, or null when there is none. */
    public String getForwardingHost() {
        return forwarding.target().map(t -> hostOf(t.endpoint())).orElse(null);
    }

    public int getSessionMinutes() {
        return servletContext.getSessionTimeout();
    }

    public List<CookieLine> getCookies() {
        return List.of(new CookieLine("JSESSIONID", "privacy.cookie.session"),
                new CookieLine(LanguageSelection.COOKIE, "privacy.cookie.language"),
                new CookieLine(ThemeSelection.COOKIE, "privacy.cookie.theme"));
    }

    static String hostOf(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).orElse(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
