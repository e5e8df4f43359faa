package no.laeringsarena.catalog;

import java.util.List;

/**
 * Something wrong with what a course holder entered: the form field it is about (null for the whole form), a
 * message-bundle key and the message's arguments.
 */
public record AuthoringProblem(String field, String messageKey, List<Object> args) {

    public AuthoringProblem {
        args = List.copyOf(args);
    }

    public static AuthoringProblem of(String field, String messageKey, Object... args) {
        return new AuthoringProblem(field, messageKey, List.of(args));
    }
}
