/**
 * The xAPI 2.0.0 rules themselves, free of HTTP and database: statement validation, agent identity, query
 * parameters, statement comparison and formats, document merge and ETags. Pure functions on JSON-P values, so
 * every rule is unit-tested.
 */
package no.laeringsarena.learningrecord.xapi;
