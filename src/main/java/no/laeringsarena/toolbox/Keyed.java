package no.laeringsarena.toolbox;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant with a stable lower-case key, as written in content files, URLs and search facets. */
public interface Keyed {

    String key();

    /** Message-bundle key of the display name, e.g. {@code toolbox.type.sjekkliste}. */
    String messageKey();

    static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst();
    }

    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList());
    }
}
