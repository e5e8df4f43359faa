package no.laeringsarena.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface speaks: bokmål first, then nynorsk and English. */
public enum SupportedLanguage {
    NB("nb", "Bokmål"),
    NN("nn", "Nynorsk"),
    EN("en", "English");

    private final String tag;
    private final String nativeName;

    SupportedLanguage(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<SupportedLanguage> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.trim().toLowerCase(Locale.ROOT);
        // "no" and "nb-NO" are bokmål; "nn-NO" is nynorsk
        String primary = wanted.split("[-_]")[0];
        if ("no".equals(primary)) {
            primary = "nb";
        }
        String finalPrimary = primary;
        return Arrays.stream(values()).filter(l -> l.tag.equals(finalPrimary)).findFirst();
    }

    /**
     * The language for a first visit: bokmål, unless the browser prefers nynorsk to bokmål. English is only
     * ever chosen by the visitor (many Norwegian employees have English browsers but want Norwegian pages).
     */
    public static SupportedLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NB;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<SupportedLanguage> match = fromTag(range.getRange()).filter(l -> l != EN);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException e) {
            return NB;
        }
        return NB;
    }
}
