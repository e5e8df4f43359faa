/**
 * The toolbox (verktøykasse) for digitalisation: items (guides, user journeys, requirement specs, checklists,
 * templates, methods, architecture principles, standards, work processes) sorted into the seven sections, with
 * sector, themes, merger phases, implementation steps, audience, owner and "sist faktasjekket"; interactive
 * checklists (phases → groups → items, red/yellow) and each user's progress on them.
 * <p>
 * Items come from {@code content/verktoykasse/} ({@link no.laeringsarena.toolbox.ToolboxItemContentType});
 * every save writes the matching search-index change to the search outbox in the same transaction
 * ({@link no.laeringsarena.toolbox.ToolboxIndexing}). Only published items are shown or found.
 */
package no.laeringsarena.toolbox;
