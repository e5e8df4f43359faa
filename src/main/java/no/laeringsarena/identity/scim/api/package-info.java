/**
 * The SCIM 2.0 service provider at {@code /scim/v2} (its own JAX-RS application, with its own bearer-token check
 * and RFC 7644 §3.12 error bodies): Users, Groups (units) and the discovery resources.
 */
package no.laeringsarena.identity.scim.api;
