package no.laeringsarena.learningrecord;

import java.util.Objects;

/**
 * The thing a learning event is about: its kind, its stable id within that kind (a key or database id that
 * never changes), and its name in bokmål (nynorsk/English when known, else null).
 */
public record LearningObject(LearningObjectKind kind, String id, String nameNb, String nameNn, String nameEn) {

    public LearningObject {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a learning object needs a stable id");
        }
        Objects.requireNonNull(nameNb, "nameNb");
    }

    public static LearningObject of(LearningObjectKind kind, String id, String nameNb) {
        return new LearningObject(kind, id, nameNb, null, null);
    }
}
