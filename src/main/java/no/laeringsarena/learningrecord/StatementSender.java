package no.laeringsarena.learningrecord;

import jakarta.json.JsonArray;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/**
 * Sends a batch of statements to an external LRS with POST /statements. The statements keep their ids, so sending
 * one again is harmless (the LRS answers 204/200 for the same statement). Only a 2xx answer counts as sent.
 */
public class StatementSender {

    /** What happened: sent, or not with the reason. */
    public record Outcome(boolean sent, String problem) {
    }

    private final HttpClient http;

    public StatementSender(HttpClient http) {
        this.http = http;
    }

    public StatementSender() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public Outcome send(ForwardingTarget target, JsonArray statements) {
        String credentials = Base64.getEncoder().encodeToString(
                (target.key() + ":" + target.secret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target.statementsUri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", XapiFormats.VERSION)
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(statements.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return new Outcome(true, null);
            }
            String body = response.body() == null ? "" : response.body();
            return new Outcome(false, "HTTP " + response.statusCode() + " " + body.substring(0, Math.min(body.length(), 200)));
        } catch (IOException e) {
            return new Outcome(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }
}
