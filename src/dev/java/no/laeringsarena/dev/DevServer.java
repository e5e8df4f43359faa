package no.laeringsarena.dev;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import no.laeringsarena.identity.DemoData;

/**
 * The README's run command ({@code ./mvnw -Pdev}) ends here: starts PostgreSQL and Elasticsearch (both
 * embedded unless DB_URL / SEARCH_URL point elsewhere), then Payara Micro with the war, prints the address
 * and the demo logins, and stops everything on Ctrl-C or SIGTERM. Data lives in .laeringsarena/ in the
 * working tree (git-ignored) and survives restarts.
 */
public final class DevServer {

    private static final int DB_PORT = 15432;
    private static final int SEARCH_PORT = 19200;
    private static final int SMTP_PORT = 2525;

    private EmbeddedDatabase database;
    private LocalSearchNode search;
    private LocalMailServer mail;
    private PayaraProcess payara;

    public static void main(String[] args) {
        try {
            new DevServer().run();
        } catch (Exception e) {
            // exit, so the shutdown hook stops what did start (the mail server's threads would keep Maven waiting)
            System.err.println("The dev run could not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        Path dataDir = Path.of(required("dev.dataDir")).toAbsolutePath();
        int httpPort = Integer.parseInt(System.getProperty("http.port", "8080"));
        requireFreePort(httpPort, "HTTP port " + httpPort + " is in use; stop what runs there or run with -Dhttp.port=8081");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "dev-server-stop"));

        String dbUrl = env("DB_URL");
        String dbUser = dbUrl != null ? envOr("DB_USER", "postgres") : EmbeddedDatabase.USER;
        String dbPassword = dbUrl != null ? envOr("DB_PASSWORD", "") : EmbeddedDatabase.PASSWORD;
        String searchUrl = env("SEARCH_URL");

        CompletableFuture<String> db = dbUrl != null ? CompletableFuture.completedFuture(dbUrl)
                : CompletableFuture.supplyAsync(() -> startDatabase(dataDir.resolve("pgdata")));
        CompletableFuture<String> es = searchUrl != null ? CompletableFuture.completedFuture(searchUrl)
                : CompletableFuture.supplyAsync(() -> startSearch(dataDir.resolve("es")));
        dbUrl = db.join();
        searchUrl = es.join();

        Map<String, String> props = new LinkedHashMap<>();
        props.put("db.url", dbUrl);
        props.put("db.user", dbUser);
        props.put("db.password", dbPassword);
        props.put("search.url", searchUrl);
        props.put("base.url", envOr("BASE_URL", "http://localhost:" + httpPort));
        props.put("content.dir", required("content.dir"));
        props.put("laeringsarena.demo-data", "true");
        String smtp = startMail(dataDir.resolve("mail"), props);
        payara = PayaraProcess.start(Path.of(required("payara.microJar")), Path.of(required("laeringsarena.war")),
                Path.of(required("preboot.file")), Path.of(required("payara.logging")), dataDir.resolve("tmp"), httpPort,
                props);
        // a busy or slow machine (the first start imports the seed content) may need more than a fast one
        payara.awaitReady(Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("DEV_READY_TIMEOUT", "300"))));

        printBanner(payara.baseUrl(), dbUrl, searchUrl, smtp, (System.nanoTime() - started) / 1_000_000_000.0);
        int exit = payara.process().waitFor();
        System.out.println("Payara Micro stopped (exit " + exit + ")");
        System.exit(exit == 0 || exit == 143 ? 0 : exit);
    }

    private String startDatabase(Path dir) {
        try {
            database = EmbeddedDatabase.start(dir, DB_PORT, true);
            return database.jdbcUrl();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /**
     * The local SMTP server (GreenMail) the application sends to, unless SMTP_HOST names a server of your own; what
     * it receives is listed on admin/e-post.xhtml.
     */
    private String startMail(Path dir, Map<String, String> props) throws IOException {
        String host = env("SMTP_HOST");
        if (host != null) {
            props.put("smtp.host", host);
            props.put("smtp.port", envOr("SMTP_PORT", "25"));
            return host + ":" + envOr("SMTP_PORT", "25");
        }
        requireFreePort(SMTP_PORT, "SMTP port " + SMTP_PORT + " is in use; stop what runs there or set SMTP_HOST");
        mail = LocalMailServer.start(SMTP_PORT, dir);
        props.put("smtp.host", "127.0.0.1");
        props.put("smtp.port", Integer.toString(SMTP_PORT));
        props.put("dev.mail.dir", dir.toString());
        return "127.0.0.1:" + SMTP_PORT + " (local, received mails on /admin/e-post.xhtml)";
    }

    private String startSearch(Path dir) {
        try {
            search = LocalSearchNode.start(Path.of(required("es.home")), dir, SEARCH_PORT);
            return search.url();
        } catch (IOException e) {
            throw new IllegalStateException("The local Elasticsearch node did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void stopAll() {
        if (payara != null) {
            payara.close();
            payara = null;
        }
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (search != null) {
            search.close();
            search = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void printBanner(String url, String dbUrl, String searchUrl, String smtp, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n================================================================\n");
        out.append(String.format(" Læringsarena is running at %s  (ready in %.1f s)%n", url + "/", seconds));
        out.append(" Database: ").append(dbUrl).append('\n');
        out.append(" Search:   ").append(searchUrl).append('\n');
        out.append(" Mail:     ").append(smtp).append('\n');
        out.append(" Demo logins (password for all: ").append(DemoData.PASSWORD).append("):\n");
        for (DemoData.DemoUser user : DemoData.USERS) {
            out.append(String.format("   %-26s %s%n", user.role().groupName(), user.email()));
        }
        out.append(" Stop with Ctrl-C.\n");
        out.append("================================================================\n");
        System.out.println(out);
    }

    private static void requireFreePort(int port, String message) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            // free
        } catch (IOException e) {
            throw new IllegalStateException(message);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through ./mvnw -Pdev)");
        }
        return value;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String envOr(String name, String fallback) {
        String value = env(name);
        return value == null ? fallback : value;
    }
}
