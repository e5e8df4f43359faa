package no.laeringsarena.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the start-up sequence has finished (settings checked, schema migrated, content imported). Timers that
 * touch the database wait for it, so a first round never runs against a schema that is not there yet.
 */
@ApplicationScoped
public class PlatformReadiness {

    private volatile boolean ready;

    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }
}
