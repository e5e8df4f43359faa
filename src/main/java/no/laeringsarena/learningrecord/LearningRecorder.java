package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.laeringsarena.platform.PlatformSettings;

/**
 * Keeps the learning record of every {@link LearningEvent}: stores the mapped statement in the built-in LRS inside
 * the transaction that fired the event (so a rolled-back enrolment leaves no statement behind), and queues it for
 * forwarding when an external LRS is configured.
 */
@ApplicationScoped
public class LearningRecorder {

    @Inject
    StatementStore statements;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    @Transactional
    void record(@Observes LearningEvent event) {
        String baseUrl = settings.baseUrl();
        statements.store(List.of(LearningStatements.toStatement(event, baseUrl, pseudonyms.of(event.userId()),
                UUID.randomUUID())), LearningStatements.platformAuthority(baseUrl), null);
    }
}
