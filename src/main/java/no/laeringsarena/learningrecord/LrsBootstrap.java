package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Creates the bootstrap LRS client from {@code xapi.bootstrap.key} / {@code xapi.bootstrap.secret}
 * (XAPI_BOOTSTRAP_KEY / XAPI_BOOTSTRAP_SECRET) when both are set. Called by the start-up sequence after the schema
 * migration.
 */
@ApplicationScoped
public class LrsBootstrap {

    private static final Logger LOG = Logger.getLogger(LrsBootstrap.class.getName());

    @Inject
    Config config;

    @Inject
    LrsClients clients;

    public void ensureClient() {
        Optional<String> key = config.getOptionalValue("xapi.bootstrap.key", String.class).filter(s -> !s.isBlank());
        Optional<String> secret = config.getOptionalValue("xapi.bootstrap.secret", String.class).filter(s -> !s.isBlank());
        if (key.isPresent() && secret.isPresent()) {
            clients.ensureBootstrapClient(key.get(), secret.get());
            LOG.info("LRS bootstrap client " + key.get() + " is ready");
        }
    }
}
