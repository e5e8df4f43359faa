package no.laeringsarena.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json.createObjectBuilder()} and its siblings look the
 * provider up with a ServiceLoader scan of the class path on every call, which cost milliseconds per xAPI statement
 * (found by the benchmarks in bench/); code on hot paths uses {@code JSON.createObjectBuilder()} instead.
 */
public final class JsonSupport {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
