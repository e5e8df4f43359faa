package no.laeringsarena.platform;

import java.util.logging.Logger;

/**
 * A start-up problem the platform cannot serve through: logged loudly, the deployment refused, and (by default)
 * the runtime stopped with exit code 78 (EX_CONFIG), so that an operator or an orchestrator sees it at once
 * instead of a server that only answers 404.
 */
final class FatalStartup {

    private static final Logger LOG = Logger.getLogger(FatalStartup.class.getName());
    static final int EXIT_CONFIG = 78;

    private FatalStartup() {
    }

    static void stop(String reason, boolean exitRuntime) {
        String message = "Læringsarena cannot start: " + reason;
        LOG.severe(message);
        System.err.println(message);
        if (exitRuntime) {
            // exit from another thread (the deploying thread holds the server's locks); should an orderly
            // shutdown hang on them, halt after a grace period
            Thread halt = new Thread(() -> {
                sleep(20_000);
                Runtime.getRuntime().halt(EXIT_CONFIG);
            }, "laeringsarena-fatal-halt");
            halt.setDaemon(true);
            halt.start();
            new Thread(() -> {
                sleep(500);
                System.exit(EXIT_CONFIG);
            }, "laeringsarena-fatal-exit").start();
        }
        throw new IllegalStateException(message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
