package no.laeringsarena.testsupport;

import java.net.ServerSocket;
import java.nio.file.Path;
import no.laeringsarena.dev.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real PostgreSQL per integration-test run, started before any test class (so before Arquillian boots
 * Payara Micro, which reads db.url from arquillian.xml). DB_URL / -Ddb.url point at another server instead.
 * Only in the failsafe run (laeringsarena.it=true), never in unit tests.
 */
public class DatabaseSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("laeringsarena.it") || System.getProperty("db.url") != null) {
            return;
        }
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            System.setProperty("db.url", external);
            System.setProperty("db.user", System.getenv().getOrDefault("DB_USER", "postgres"));
            System.setProperty("db.password", System.getenv().getOrDefault("DB_PASSWORD", ""));
            return;
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            database = EmbeddedDatabase.start(Path.of(System.getProperty("it.dataDir", "target/it-data"), "pg"),
                    port, false);
            System.setProperty("db.url", database.jdbcUrl());
            System.setProperty("db.user", EmbeddedDatabase.USER);
            System.setProperty("db.password", EmbeddedDatabase.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("Embedded PostgreSQL for the integration tests did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
