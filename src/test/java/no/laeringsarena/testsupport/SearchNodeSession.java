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
        Path esHome = Path.of(required("es.home"));
        Path dataDir = Path.of(required("it.dataDir")).resolve("es");
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
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (node != null) {
            node.close();
            node = null;
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
