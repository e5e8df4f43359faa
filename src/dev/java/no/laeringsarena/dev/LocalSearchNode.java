package no.laeringsarena.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real single-node Elasticsearch for development and tests, run as a child JVM from the home the build assembles
 * (target/es-home, see src/esnode/pom.xml). Pure JDK: it does what Elasticsearch's server-cli (not on Maven Central)
 * does: starts the server module with the JVM options it needs and writes its settings to the server's stdin.
 * <p>
 * Ready when the server prints its ready marker and the cluster is yellow. {@link #close()} asks for a clean stop;
 * if this JVM dies instead, the child's stdin closes and the node stops by itself. The node's output goes to
 * {@code dataDir/logs/console.log}.
 */
public final class LocalSearchNode implements AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String HEAP = "512m";
    private static final int NOBODY = 65534;            // Elasticsearch refuses to run as root
    private static final int READY_MARKER = 0x18;       // written to stderr by the server once it is started
    private static final int STOP_MESSAGE = 27;         // ESC on stdin: shut down
    private static final int LOG_LINES_IN_ERRORS = 40;

    private final Process process;
    private final OutputStream stdin;
    private final String url;
    private final Path consoleLog;

    private LocalSearchNode(Process process, String url, Path consoleLog) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.url = url;
        this.consoleLog = consoleLog;
    }

    /**
     * Starts a node and waits until it is ready (at most 90 s).
     *
     * @param esHome   the assembled Elasticsearch home (lib/, modules/, plugins/, config/)
     * @param dataDir  where data/, logs/ and tmp/ live; kept between runs unless the caller wipes it
     * @param httpPort the HTTP port, or 0 for a free one
     */
    public static LocalSearchNode start(Path esHome, Path dataDir, int httpPort) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path home = esHome.toAbsolutePath().normalize();
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(home.resolve("lib"))) {
            throw new IOException("No Elasticsearch home at " + home + ": run ./mvnw package first (it assembles target/es-home)");
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        boolean root = isRoot();
        if (root) {
            giveToNobody(dir);
        }
        int port = httpPort == 0 ? freePort() : httpPort;
        String url = "http://127.0.0.1:" + port;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("path.home", home.toString());
        settings.put("path.data", data.toString());
        settings.put("path.logs", logs.toString());
        settings.put("cluster.name", "laeringsarena-local");
        settings.put("node.name", "local");
        settings.put("discovery.type", "single-node");
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", Integer.toString(port));
        settings.put("transport.port", Integer.toString(freePort()));
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");

        Path consoleLog = logs.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command(home, logs, tmp, root))
            .directory(home.toFile())
            .redirectOutput(consoleLog.toFile());      // truncates: the log of this run only
        Map<String, String> env = builder.environment();
        env.keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "ES_JAVA_OPTS"));
        env.put("LIBFFI_TMPDIR", tmp.toString());
        env.put("ES_TMPDIR", tmp.toString());

        Process process = builder.start();
        LocalSearchNode node = new LocalSearchNode(process, url, consoleLog);
        try {
            node.stdin.write(ServerArgs.encode(settings, home.resolve("config"), logs));
            node.stdin.flush();                         // stays open: closing it stops the node
            node.awaitReady(started + BOOT_TIMEOUT.toNanos());
        } catch (IOException | InterruptedException | RuntimeException e) {
            node.close();
            throw new IOException("The local Elasticsearch node did not start: " + e.getMessage()
                + "\n--- last lines of " + consoleLog + " ---\n" + node.logTail(), e);
        }
        System.out.printf("Elasticsearch %s ready at %s in %.1f s (pid %d, log %s)%n", version(home), url,
            (System.nanoTime() - started) / 1e9, process.pid(), consoleLog);
        return node;
    }

    public String url() {
        return url;
    }

    /** Clean stop (ESC on the node's stdin), then waits for it; kills the node if it does not stop in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            stdin.write(STOP_MESSAGE);
            stdin.close();
        } catch (IOException alreadyGone) {
            // the node has closed its end
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Manual use: {@code LocalSearchNode <esHome> <dataDir> [httpPort]}; stops on Enter or end of input. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalSearchNode <esHome> <dataDir> [httpPort, default 9200]");
            System.exit(2);
        }
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 9200;
        try (LocalSearchNode node = start(Path.of(args[0]), Path.of(args[1]), port)) {
            System.out.println("Press Enter to stop " + node.url());
            System.in.read();
        }
    }

    // ---- boot

    private static List<String> command(Path home, Path logs, Path tmp, boolean root) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        cmd.add(javaExecutable());
        cmd.addAll(List.of("-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+UseG1GC", "-Xss1m",
            "-XX:-OmitStackTraceInFastThrow", "-XX:ErrorFile=" + logs.resolve("hs_err_pid%p.log"),
            "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djava.locale.providers=CLDR",
            "-Djna.nosys=true", "-Des.networkaddress.cache.ttl=60", "-Des.networkaddress.cache.negative.ttl=10",
            "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true", "-Dio.netty.recycler.maxCapacityPerThread=0",
            "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true", "-Dlog4j2.formatMsgNoLookups=true",
            "-Des.distribution.type=tar",
            // native access (zstd, seccomp); ES's SIMD vector library is not on Maven Central
            "--enable-native-access=org.elasticsearch.nativeaccess,org.elasticsearch.foreign,org.apache.lucene.core",
            "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false", "--add-modules=jdk.incubator.vector",
            // entitlements: the server attaches lib/entitlement-agent to itself; the bridge is patched into java.base
            "-XX:+EnableDynamicAgentLoading", "-Djdk.attach.allowAttachSelf=true",
            "--patch-module=java.base=" + onlyJar(home.resolve("lib/entitlement-bridge")),
            "--add-exports=java.base/org.elasticsearch.entitlement.bridge="
                + "org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net",
            "-Des.path.home=" + home, "-Des.path.conf=" + home.resolve("config"),
            "--module-path", home.resolve("lib").toString(), "--add-modules=jdk.net", "--add-modules=ALL-MODULE-PATH",
            "-m", "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch"));
        return cmd;
    }

    private static String javaExecutable() {
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("Elasticsearch 9 needs Java 21 or newer; this JVM is " + Runtime.version());
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitReady(long deadlineNanos) throws IOException, InterruptedException {
        CountDownLatch marker = new CountDownLatch(1);
        Thread pump = new Thread(() -> pumpStderr(marker), "es-node-stderr");
        pump.setDaemon(true);
        pump.start();
        while (!marker.await(100, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                throw new IOException("it exited with code " + process.exitValue());
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new IOException("no ready marker within " + BOOT_TIMEOUT.toSeconds() + " s");
            }
        }
        awaitYellow(deadlineNanos);
    }

    private void pumpStderr(CountDownLatch marker) {
        try (InputStream err = process.getErrorStream();
             OutputStream log = Files.newOutputStream(consoleLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = err.read(buffer)) != -1) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == READY_MARKER) {
                        log.write(buffer, start, i - start);
                        start = i + 1;
                        marker.countDown();
                    }
                }
                log.write(buffer, start, n - start);
                log.flush();
            }
        } catch (IOException processEnded) {
            // nothing more to copy
        }
    }

    private void awaitYellow(long deadlineNanos) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .timeout(Duration.ofSeconds(10)).build();
        String last = "no answer";
        while (System.nanoTime() < deadlineNanos) {
            if (!process.isAlive()) {
                throw new IOException("it exited with code " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (InterruptedIOException | java.net.ConnectException e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        throw new IOException("cluster not yellow within " + BOOT_TIMEOUT.toSeconds() + " s (last answer: " + last + ")");
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(consoleLog)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - LOG_LINES_IN_ERRORS), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read the log: " + e + ")";
        }
    }

    // ---- helpers

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path onlyJar(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).toList();
            if (jars.size() != 1) {
                throw new IOException("expected exactly one jar in " + dir + ", found " + jars);
            }
            return jars.get(0);
        }
    }

    private static String version(Path home) {
        Pattern serverJar = Pattern.compile("elasticsearch-(\\d+\\.\\d+\\.\\d+)\\.jar");
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            return files.map(p -> serverJar.matcher(p.getFileName().toString()))
                .filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean isRoot() {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Makes the node's directories belong to 'nobody'; only touches what does not already (cheap on restarts). */
    private static void giveToNobody(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                if (!Integer.valueOf(NOBODY).equals(Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS))
                    || !Integer.valueOf(NOBODY).equals(Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS))) {
                    Files.setAttribute(p, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(p, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }
}
