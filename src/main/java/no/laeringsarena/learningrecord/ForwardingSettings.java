package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where statements are forwarded, if anywhere: {@code xapi.forward.url} (XAPI_FORWARD_URL, the external LRS's
 * endpoint ending before "statements"), {@code xapi.forward.key} and {@code xapi.forward.secret} (HTTP Basic).
 */
@ApplicationScoped
public class ForwardingSettings {

    @Inject
    Config config;

    public Optional<ForwardingTarget> target() {
        Optional<String> url = config.getOptionalValue("xapi.forward.url", String.class).filter(s -> !s.isBlank());
        return url.map(u -> new ForwardingTarget(u,
                config.getOptionalValue("xapi.forward.key", String.class).orElse(""),
                config.getOptionalValue("xapi.forward.secret", String.class).orElse("")));
    }
}
