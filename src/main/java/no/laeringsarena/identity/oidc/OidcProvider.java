package no.laeringsarena.identity.oidc;

import java.util.Locale;
import java.util.Optional;

/** The OpenID Connect providers the platform can be configured with; each has its own configuration keys. */
public enum OidcProvider {
    IDPORTEN("ID-porten", "openid profile"),
    FEIDE("Feide", "openid profile email"),
    GENERIC(null, "openid profile email");

    private final String fixedName;
    private final String defaultScope;

    OidcProvider(String fixedName, String defaultScope) {
        this.fixedName = fixedName;
        this.defaultScope = defaultScope;
    }

    /** The provider's part of URLs and configuration keys: idporten, feide, generic. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to people, or empty when the configuration names it (the generic provider). */
    public Optional<String> fixedName() {
        return Optional.ofNullable(fixedName);
    }

    public String defaultScope() {
        return defaultScope;
    }

    public static Optional<OidcProvider> byKey(String key) {
        for (OidcProvider p : values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
