package no.laeringsarena.learningrecord;

/** What a learner did. Each maps to a verb of the ADL vocabulary (the learning-record capability knows the IRIs). */
public enum LearningVerb {
    LAUNCHED, EXPERIENCED, COMPLETED, PASSED, FAILED, ANSWERED, REGISTERED, ATTENDED, COMMENTED, SHARED, EARNED
}
