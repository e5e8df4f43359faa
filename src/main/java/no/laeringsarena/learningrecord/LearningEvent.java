package no.laeringsarena.learningrecord;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A learning event, fired as a CDI event ({@code Event<LearningEvent>}) by the capability where it happened, inside
 * the transaction that records it, so the learning record is kept exactly when the thing it records is.
 *
 * @param userId       the learner's account id (never a national identity number)
 * @param verb         what the learner did
 * @param object       what it was done with
 * @param parent       the containing object (the course of a lesson, the test of a question), or null
 * @param registration one id per enrolment/attempt, the same for all its events, or null
 * @param result       the outcome, or null
 * @param language     the language the learner used (nb, nn or en)
 * @param timestamp    when it happened
 */
public record LearningEvent(long userId, LearningVerb verb, LearningObject object, LearningObject parent,
                            UUID registration, LearningResult result, String language, OffsetDateTime timestamp) {

    public LearningEvent {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(timestamp, "timestamp");
        language = language == null ? "nb" : language;
    }
}
