package no.laeringsarena.content;

import java.util.Objects;

/**
 * A text in bokmål (required), nynorsk and English (both optional: they fall back to bokmål).
 */
public record LocalizedText(String nb, String nn, String en) {

    public LocalizedText {
        Objects.requireNonNull(nb, "nb");
    }

    public static LocalizedText bokmal(String nb) {
        return new LocalizedText(nb, null, null);
    }

    /** The text for a language code ("nb", "nn", "en"; anything else gives bokmål), falling back to bokmål. */
    public String in(String language) {
        String text = switch (language == null ? "nb" : language) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
        return text == null || text.isBlank() ? nb : text;
    }
}
