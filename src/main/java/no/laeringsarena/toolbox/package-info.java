/**
 * The toolbox (verktøykasse) for digitalisation: items (guides, user journeys, requirement specs, checklists,
 * templates, methods, architecture principles, standards, work processes) sorted into the seven sections, with
 * sector, themes, merger phases, implementation steps, audience, owner and "sist faktasjekket"; interactive
 * checklists (phases → groups → items, red/yellow) and each user's progress on them.
 * <p>
 * Items come from {@code content/verktoykasse/} ({@link no.laeringsarena.toolbox.ToolboxItemContentType});
 * every save writes the matching search-index change to the search outbox in the same transaction
 * ({@link no.laeringsarena.toolbox.ToolboxIndexing}). Only published items are shown or found.
 * <p>
 * Editors create and edit items ({@link no.laeringsarena.toolbox.ToolboxEditing}: validated drafts, optimistic
 * locking), publish, archive or withdraw them; every change is a {@link no.laeringsarena.toolbox.ToolboxItemVersion}
 * and two versions can be compared ({@link no.laeringsarena.toolbox.VersionDiff}). They attach files
 * ({@link no.laeringsarena.toolbox.ToolboxAttachment}), checked and read by {@code platform.upload}; the text goes into
 * the item's search document. {@link no.laeringsarena.toolbox.ToolboxSearchSource} gives every published item to a
 * full reindex.
 */
package no.laeringsarena.toolbox;
