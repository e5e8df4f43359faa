/** The JAX-RS application of the public JSON API ({@code /api}); the resources belong to the capabilities. */
package no.laeringsarena.platform.api;
