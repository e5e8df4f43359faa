package no.laeringsarena.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the application's single {@link ElasticsearchClient} from MicroProfile Config ({@link SearchConfig}), checks
 * the configuration when the application starts (a missing or malformed SEARCH_URL fails the deployment with a
 * message naming it) and closes the client on shutdown. Connecting is not checked here: the cluster may come later.
 */
@ApplicationScoped
public class SearchClientProducer {

    private static final Logger LOG = Logger.getLogger(SearchClientProducer.class.getName());

    private Optional<String> url;
    private Optional<String> username;
    private Optional<String> password;
    private Optional<String> apiKey;
    private volatile ElasticsearchClient client;

    protected SearchClientProducer() {
        // for CDI proxies
    }

    @Inject
    public SearchClientProducer(@ConfigProperty(name = "search.url") Optional<String> url,
                                @ConfigProperty(name = "search.username") Optional<String> username,
                                @ConfigProperty(name = "search.password") Optional<String> password,
                                @ConfigProperty(name = "search.apiKey") Optional<String> apiKey) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.apiKey = apiKey;
    }

    /** Why the search settings cannot work, naming the setting; empty when they can. Checked at start-up. */
    public Optional<String> configurationProblem() {
        try {
            SearchConfig.of(url, username, password, apiKey);
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Produces
    public synchronized ElasticsearchClient client() {
        if (client == null) {
            SearchConfig config = SearchConfig.of(url, username, password, apiKey);
            client = create(config);
            LOG.info(() -> "Search: Elasticsearch client for " + config);
        }
        return client;
    }

    /** The client for a configuration; also what tests and tools use outside CDI. */
    public static ElasticsearchClient create(SearchConfig config) {
        return ElasticsearchClient.of(b -> {
            b.host(config.url()).jsonMapper(new Jackson3JsonpMapper());
            config.username().ifPresent(user -> b.usernameAndPassword(user, config.password().orElseThrow()));
            config.apiKey().ifPresent(b::apiKey);
            return b;
        });
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Search: closing the Elasticsearch client failed", e);
            }
            client = null;
        }
    }
}
