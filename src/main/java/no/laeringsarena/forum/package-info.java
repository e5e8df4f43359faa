/**
 * The experience-sharing forum (brukerfora): categories (seeded from {@code content/forum/kategorier/}, some of
 * them closed communities with members approved by a moderator), threads and replies in Markdown, "solved"
 * marks, reports, and moderation (hide, lock, pin) with an audit log. {@link no.laeringsarena.forum.ForumRules}
 * holds the rules; {@link no.laeringsarena.forum.ForumService} applies them to every read and write. Visible
 * threads are indexed through the search outbox (kind "forum-thread"); seed threads come from
 * {@code content/forum/trader/} (type {@code forumtrad}).
 */
package no.laeringsarena.forum;
