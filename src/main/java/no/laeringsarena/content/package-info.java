/**
 * Content as code: the {@code content/} folder (one Markdown file with YAML front matter per item) and
 * its importer. Owns the file format, the pure parser ({@link no.laeringsarena.content.ContentParser},
 * no database), where files come from ({@link no.laeringsarena.content.ContentSource}: a directory in
 * the dev run, {@code WEB-INF/content/} in the war), the registry of item types
 * ({@link no.laeringsarena.content.ContentTypeHandler}, found through {@code META-INF/services}), the
 * import state per item ({@link no.laeringsarena.content.ImportState}) and the start-up import
 * ({@link no.laeringsarena.content.ContentImporter}) that never overwrites what was edited in the UI.
 * The item types themselves live with the capability that owns their data (taxonomy, forum, ...).
 */
package no.laeringsarena.content;
