/**
 * The experience-sharing forum (brukerfora): categories (seeded from {@code content/forum/kategorier/}, some of
 * them closed communities with members approved by a moderator), threads and replies in Markdown, "solved"
 * marks, reports, and moderation (hide, lock, pin, suspend a user) with an audit log.
 * {@link no.laeringsarena.forum.ForumRules} holds the rules; {@link no.laeringsarena.forum.ForumService} applies
 * them to every read and write, including a posting limit for new accounts.
 * {@link no.laeringsarena.forum.ForumParticipation} covers the rest of taking part: quoting, editing with an edit
 * history ({@link no.laeringsarena.forum.PostEdit}), soft delete, likes, following threads and categories, and
 * project ideas (template, votes, the {@link no.laeringsarena.forum.IdeaStatus} workflow). @mentions
 * ({@link no.laeringsarena.forum.Mentions}) and follows become in-app notifications through
 * {@code ForumNotifier}. {@link no.laeringsarena.forum.SystemsInUse} is "Hvem bruker hva": the systems each
 * organisation uses, which threads can be tagged with; threads also carry free tags ({@link
 * no.laeringsarena.forum.ForumTags}) to filter a category or the whole forum by. Replies and thread starts are
 * "commented" learning events; a reply marked as the solution, and a file put on a post, are "shared". Visible threads are indexed through the search outbox
 * (kind "forum-thread"); seed threads come from {@code content/forum/trader/} (type {@code forumtrad}).
 */
package no.laeringsarena.forum;
