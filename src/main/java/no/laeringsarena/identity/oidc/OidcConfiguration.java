package no.laeringsarena.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which providers are configured, from MicroProfile Config (so also from the environment:
 * {@code laeringsarena.oidc.idporten.issuer} is {@code LAERINGSARENA_OIDC_IDPORTEN_ISSUER}). A provider is offered
 * only when its issuer, client id and client secret are all set:
 * <ul>
 *     <li>{@code laeringsarena.oidc.<idporten|feide|generic>.issuer}, {@code .client-id}, {@code .client-secret},
 *     optionally {@code .scope};</li>
 *     <li>{@code laeringsarena.oidc.generic.display-name}: the name on the login button (e.g. Entra ID);</li>
 *     <li>{@code laeringsarena.oidc.subject-key}: the server's key for pseudonymous subjects, needed only for a
 *     provider that gives no usable {@code sub}.</li>
 * </ul>
 */
@ApplicationScoped
public class OidcConfiguration {

    private static final String PREFIX = "laeringsarena.oidc.";

    public List<OidcSettings> configured() {
        List<OidcSettings> list = new ArrayList<>();
        for (OidcProvider provider : OidcProvider.values()) {
            settings(provider).ifPresent(list::add);
        }
        return list;
    }

    public Optional<OidcSettings> settings(OidcProvider provider) {
        Config config = ConfigProvider.getConfig();
        String base = PREFIX + provider.key() + ".";
        Optional<String> issuer = value(config, base + "issuer");
        Optional<String> clientId = value(config, base + "client-id");
        Optional<String> secret = value(config, base + "client-secret");
        if (issuer.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        String name = provider.fixedName()
                .or(() -> value(config, base + "display-name"))
                .orElseGet(() -> hostOf(issuer.get()));
        String scope = value(config, base + "scope").orElse(provider.defaultScope());
        return Optional.of(new OidcSettings(provider, issuer.get(), clientId.get(), secret.get(), name, scope));
    }

    /** The key for pseudonymous subjects, or null when none is configured. */
    public byte[] subjectKey() {
        return value(ConfigProvider.getConfig(), PREFIX + "subject-key")
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String hostOf(String issuer) {
        try {
            String host = URI.create(issuer).getHost();
            return host == null ? issuer : host;
        } catch (IllegalArgumentException e) {
            return issuer;
        }
    }
}
