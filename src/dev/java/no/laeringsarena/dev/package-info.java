/**
 * The development launcher behind the README's run command, and the pieces the tests share with it: a real
 * PostgreSQL from a Maven jar, a real local Elasticsearch node, and Payara Micro with the application. Test
 * scope only: none of this is in the war.
 */
package no.laeringsarena.dev;
