package no.laeringsarena.learningrecord;

import java.net.URI;

/** An external LRS: its xAPI endpoint (e.g. https://lrs.example/xapi/) and HTTP Basic credentials. */
public record ForwardingTarget(String endpoint, String key, String secret) {

    public URI statementsUri() {
        return URI.create(endpoint.endsWith("/") ? endpoint + "statements" : endpoint + "/statements");
    }
}
