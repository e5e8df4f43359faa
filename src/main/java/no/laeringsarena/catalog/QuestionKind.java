package no.laeringsarena.catalog;

/** The question that closes a step of an active lesson: free reflection, or one right option among several. */
public enum QuestionKind {
    REFLECTION, CHOICE
}
