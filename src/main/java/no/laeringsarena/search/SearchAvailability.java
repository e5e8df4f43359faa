package no.laeringsarena.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Tells "the cluster is unreachable or overloaded" (callers retry later) from "the cluster refused the request" (a
 * bug: thrown), and logs a single warning when the cluster goes away and a single line when it is back.
 */
final class SearchAvailability {

    private static final Logger LOG = Logger.getLogger(SearchAvailability.class.getName());

    private final AtomicBoolean reachable = new AtomicBoolean(true);

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    /** Runs a call; on unavailability returns {@code whenUnavailable}, on refusal throws {@link IllegalStateException}. */
    <T> T call(String what, Call<T> call, T whenUnavailable) {
        try {
            T result = call.run();
            if (!reachable.getAndSet(true)) {
                LOG.info("Search: Elasticsearch is reachable again");
            }
            return result;
        } catch (IOException e) {
            return unavailable(what, e, whenUnavailable);
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                return unavailable(what, e, whenUnavailable);
            }
            throw new IllegalStateException("Search: Elasticsearch refused to " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T unavailable(String what, Exception e, T whenUnavailable) {
        if (reachable.getAndSet(false)) {
            LOG.warning("Search: Elasticsearch is unreachable (could not " + what + ": " + e
                + "). Search answers 'unavailable' and index changes wait until it is back.");
        }
        return whenUnavailable;
    }
}
