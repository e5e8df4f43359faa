/**
 * The built-in Learning Record Store over HTTP at /xapi (its own JAX-RS application): Statement, State, Activity
 * Profile, Agent Profile, Activities, Agents and About resources, HTTP Basic authentication with LRS clients, the
 * xAPI version header rules and JSON error bodies.
 */
package no.laeringsarena.learningrecord.api;
