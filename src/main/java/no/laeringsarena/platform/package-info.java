/**
 * The platform every capability stands on: configuration, the datasource, schema migration, the start-up
 * sequence, health checks, languages, theme and the page layout. It owns no domain of its own.
 */
package no.laeringsarena.platform;
