package no.laeringsarena.announcement;

import java.util.List;

/** One thing wrong with an announcement: the form field (or null) and a message key with its arguments. */
public record AnnouncementProblem(String field, String messageKey, List<Object> args) {

    public static AnnouncementProblem of(String field, String messageKey, Object... args) {
        return new AnnouncementProblem(field, messageKey, List.of(args));
    }
}
