/**
 * Search: the application's use of Elasticsearch.
 * <p>
 * Owns the one {@link co.elastic.clients.elasticsearch.ElasticsearchClient} ({@link SearchClientProducer}, configured
 * by {@code SEARCH_URL} and optional credentials), the shared Norwegian analysis settings and index mappings
 * ({@link SearchIndexSettings}, synonyms in {@code search/synonyms-nb.txt}), the versioned indexes behind their
 * aliases and the generic document operations ({@link SearchIndexAdmin}), and the "search" readiness check.
 * <p>
 * The one search over everything ({@link no.laeringsarena.search.ContentSearch}: free text, facet filters and counts,
 * paging, sort, highlights, "did you mean") and the transactional outbox that keeps the index in step with the
 * database: capabilities call {@link no.laeringsarena.search.SearchOutbox} in the transaction that changes what is
 * indexed; {@link no.laeringsarena.search.SearchOutboxDrainer} sends it after the commit and retries every few
 * seconds while Elasticsearch is down; sent entries are deleted after a day. A full reindex from the database
 * ({@link no.laeringsarena.search.SearchReindexer}) reads every {@link no.laeringsarena.search.SearchDocumentSource}
 * (each capability that indexes provides one) into a new index and moves the alias in one step, without downtime;
 * editors keep the synonyms in the database ({@link no.laeringsarena.search.SearchSynonyms}) and saving them applies
 * them the same way. Its thin parts: {@code web} (sok.xhtml, admin/sokeindeks.xhtml, redaksjon/synonymer.xhtml) and
 * {@code api} (GET /api/search).
 * <p>
 * Everything here works against a stock Elasticsearch 9 cluster as well as against the local development node the
 * build assembles. Elasticsearch being down never throws into callers: they get {@code false} or an unavailable
 * result, and keep their own outbox to retry.
 */
package no.laeringsarena.search;
