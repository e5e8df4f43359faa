package no.laeringsarena.forum.web;

import no.laeringsarena.forum.ForumTags;
import no.laeringsarena.platform.web.Messages;

/** Shows the problems {@link ForumTags} found with a tags field, each with the tag and the bound it is about. */
final class TagMessages {

    private TagMessages() {
    }

    /** True when the tags are fine; otherwise adds a message per problem to the field and returns false. */
    static boolean valid(ForumTags.Result tags, String field) {
        for (ForumTags.Problem problem : tags.problems()) {
            Messages.error(field, problem.messageKey(), problem.tag(), ForumTags.MAX_LENGTH, ForumTags.MAX_TAGS);
        }
        return tags.ok();
    }
}
