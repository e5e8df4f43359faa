package no.laeringsarena.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource. Payara resolves the values at deploy time from MicroProfile Config at
 * server level: system properties (-Ddb.url=…) or the environment (DB_URL, DB_USER, DB_PASSWORD).
 * The persistence unit names it, so Payara never falls back to its built-in H2.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 0,
        initialPoolSize = 0,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/laeringsarena";
}
