/**
 * Faces beans of the forum: the front page with its categories, a category with its threads and the form to
 * start one, a thread with its replies, reply/report/solved forms and moderator tools, and the moderator queue.
 * All rules are enforced by {@link no.laeringsarena.forum.ForumService}; these beans only show and forward.
 */
package no.laeringsarena.forum.web;
