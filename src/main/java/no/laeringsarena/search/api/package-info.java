/** The search as a public JSON API: {@code GET /api/search}. */
package no.laeringsarena.search.api;
