package no.laeringsarena.webinar;

import java.util.List;

/** One thing wrong with an event the kursholder wrote: the field (the form's input id, or null) and a message key. */
public record PlanningProblem(String field, String messageKey, List<Object> args) {

    public static PlanningProblem of(String field, String messageKey, Object... args) {
        return new PlanningProblem(field, messageKey, List.of(args));
    }
}
