/**
 * The experience-sharing forum (brukerfora). For now only its categories: what they are called in bokmål,
 * nynorsk and English, what belongs in each, which sector and themes they relate to, and whether a
 * category collects project ideas (Prosjektidéer). Seeded from {@code content/forum/kategorier/} by the
 * content importer (type {@code forumkategori}).
 */
package no.laeringsarena.forum;
