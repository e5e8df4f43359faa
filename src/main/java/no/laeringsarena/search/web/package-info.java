/** The search page (sok.xhtml): thin Faces bean over {@link no.laeringsarena.search.ContentSearch}. */
package no.laeringsarena.search.web;
