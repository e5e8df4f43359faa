package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The browser runtime ({@code scorm-runtime.js}) against SCO call sequences of both editions, in Node with a fake
 * DOM and XMLHttpRequest, with the launch answer and data model rules the server really sends: init and
 * termination states (122, 103, 113, 123, 301), error codes from the shared rules (401-408, 351, 201-203, 402-405)
 * and what each commit sends. ScormIT plays the same runtime in Chromium. Needs {@code node} on the PATH.
 */
class ScormRuntimeScriptTest {

    @Test
    void theRuntimeAnswersScosAsTheSpecSaysAndSendsTheirValues() throws Exception {
        Path node = Path.of("/usr/bin/node");
        Assumptions.assumeTrue(Files.isExecutable(node), "node is not installed");
        Path dir = Files.createDirectories(Path.of("target", "scorm-runtime-test"));
        for (ScormVersion version : ScormVersion.values()) {
            ScoLaunch sco = new ScoLaunch("i", "I", 0, "a.html", true,
                    version == ScormVersion.SCORM_12 ? 70.0 : null, "kommune=test", null);
            CmiValues values = CmiRules.startSession(version, sco, new CmiRules.Learner("id", "Dina Deltaker"),
                    new CmiValues(), CmiRules.Entry.AB_INITIO, Duration.ZERO);
            Files.writeString(dir.resolve("launch-" + version.name() + ".json"), Json.createObjectBuilder()
                    .add("session", "s-1").add("api", version.apiName()).add("url", "/x").add("sco", true)
                    .add("values", values.toJsonObject()).add("model", version.dataModel().describe()).build().toString());
        }
        Path harness = Path.of("src/test/resources/scorm/runtime-harness.js");
        Process process = new ProcessBuilder(node.toString(), harness.toString(),
                "src/main/webapp/elearning/scorm-runtime.js", dir.toString()).redirectErrorStream(true).start();
        String output;
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("node did not finish in 60 s");
            }
        } finally {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertFalse(output.contains("FAIL"), output);
        assertEquals(0, process.exitValue(), output);
        assertEquals(82, output.lines().filter(l -> l.startsWith("ok")).count(), output);
    }
}
