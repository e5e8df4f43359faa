package no.laeringsarena.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check "search": UP when the cluster is green or yellow, DOWN with the reason otherwise. */
@Readiness
@ApplicationScoped
public class SearchReadinessCheck implements HealthCheck {

    private ElasticsearchClient client;

    protected SearchReadinessCheck() {
        // for CDI proxies
    }

    @Inject
    public SearchReadinessCheck(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search");
        try {
            HealthResponse health = client.cluster().health();
            HealthStatus status = health.status();
            response.withData("cluster", health.clusterName()).withData("status", status.jsonValue());
            return status == HealthStatus.Red
                ? response.down().withData("reason", "cluster health is red").build()
                : response.up().build();
        } catch (Exception e) {
            return response.down().withData("reason", "Elasticsearch unreachable: " + e.getMessage()).build();
        }
    }
}
