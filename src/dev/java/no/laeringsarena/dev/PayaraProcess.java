package no.laeringsarena.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the application's war, as a child process. Its log is passed through to the console;
 * a failed deployment is noticed in the log, so the launcher can stop with the reason instead of serving 404s.
 */
public final class PayaraProcess implements AutoCloseable {

    static final String ONE_LINE_LOG_FORMAT = "[%1$tFT%1$tT.%1$tL%1$tz] [%4$s] [%3$s] %5$s%6$s%n";

    private final Process process;
    private final int port;
    private volatile String deploymentFailure;

    private PayaraProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraProcess start(Path payaraJar, Path war, Path prebootFile, Path loggingProperties, Path tmpDir,
                                      int port, Map<String, String> systemProperties) throws IOException {
        return start(payaraJar, war, prebootFile, loggingProperties, tmpDir, port, systemProperties, List.of(), "");
    }

    /**
     * As {@link #start(Path, Path, Path, Path, Path, int, Map)}, with Payara Micro options of its own in place of
     * {@code --nocluster} (e.g. the clustering options of one member of a cluster) when {@code clusterOptions} is not
     * empty, and each log line prefixed with {@code logPrefix} (to tell two instances apart in one console).
     */
    public static PayaraProcess start(Path payaraJar, Path war, Path prebootFile, Path loggingProperties, Path tmpDir,
                                      int port, Map<String, String> systemProperties, List<String> clusterOptions,
                                      String logPrefix) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx768m");
        command.add("-Djava.io.tmpdir=" + tmpDir);
        // records that bypass Payara's formatter (JUL's SimpleFormatter) also get one structured line each
        command.add("-Djava.util.logging.SimpleFormatter.format=" + ONE_LINE_LOG_FORMAT);
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port),
                "--prebootcommandfile", prebootFile.toString(),
                "--logProperties", loggingProperties.toString()));
        if (clusterOptions.isEmpty()) {
            command.add("--nocluster");
        } else {
            command.addAll(clusterOptions);
        }
        java.nio.file.Files.createDirectories(tmpDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("FACES_STAGE", "Development");
        PayaraProcess payara = new PayaraProcess(builder.start(), port);
        payara.pumpLog(logPrefix);
        return payara;
    }

    private void pumpLog(String prefix) {
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println(prefix + line);
                    if (deploymentFailure == null && (line.contains("Deployment failed")
                            || line.contains("Exception while loading the app")
                            || line.contains("Læringsarena cannot start"))) {
                        deploymentFailure = line.strip();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "payara-log");
        pump.setDaemon(true);
        pump.start();
    }

    /** Waits until the application answers its readiness check; fails with the reason if it cannot. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (deploymentFailure != null) {
                throw new IllegalStateException("The application did not deploy: " + deploymentFailure);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            try {
                HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (home.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application was not ready within " + timeout.toSeconds() + " s");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    /** Ends the process at once (SIGKILL), as a crash or a pulled plug would: nothing is shut down in order. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
