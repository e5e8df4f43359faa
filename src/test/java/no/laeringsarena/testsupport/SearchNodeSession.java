package no.laeringsarena.testsupport;

import no.laeringsarena.dev.LocalSearchNode;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Gives the integration tests (failsafe sets {@code laeringsarena.it=true}) an Elasticsearch and tells them where it
 * is in the system property {@code search.url}: the cluster from {@code SEARCH_URL} / {@code search.url} when set,
 * otherwise a fresh local node from {@code es.home}, with its data in {@code ${it.dataDir}/es} (wiped first) on a
 * free port, stopped when the test session closes. Unit test runs (surefire) start nothing.
 */
public final class SearchNodeSession implements LauncherSessionListener {

    private LocalSearchNode node;
    private static volatile SearchNodeSession current;
    private Path esHome;
    private Path dataDir;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("laeringsarena.it") || System.getProperty("search.url") != null) {
            return;
        }
        String external = System.getenv("SEARCH_URL");
        if (external != null && !external.isBlank()) {
            System.setProperty("search.url", external);
            return;
        }
        esHome = Path.of(required("es.home"));
        dataDir = Path.of(required("it.dataDir")).resolve("es");
        try {
            deleteTree(dataDir);
            node = LocalSearchNode.start(esHome, dataDir, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local Elasticsearch node", e);
        }
        System.setProperty("search.url", node.url());
        current = this;
    }

    /** Whether the tests run against the local node this session started (fault tests can stop it then). */
    public static boolean localNodeRunning() {
        return current != null && current.node != null;
    }

    /** Stops the local node, as if the cluster went away; its data stays. */
    public static synchronized void stopLocalNode() {
        current.node.close();
    }

    /** Starts the local node again on the same port with the same data, as if the cluster came back. */
    public static synchronized void restartLocalNode() throws IOException, InterruptedException {
        int port = java.net.URI.create(current.node.url()).getPort();
        current.node = LocalSearchNode.start(current.esHome, current.dataDir, port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (node != null) {
            node.close();
            node = null;
            current = null;
            System.clearProperty("search.url");
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (failsafe sets it in pom.xml)");
        }
        return value;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
