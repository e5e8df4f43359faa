package no.laeringsarena.learningrecord;

/** The kinds of things learning happens with; each gets a stable activity IRI under BASE_URL. */
public enum LearningObjectKind {
    COURSE, MODULE, LESSON, LEARNING_PATH, TEST, QUESTION, WEBINAR, THREAD, POST, CERTIFICATE, TOOLBOX_ITEM
}
