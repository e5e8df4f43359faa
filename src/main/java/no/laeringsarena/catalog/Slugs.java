package no.laeringsarena.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for courses and lessons made from titles: lower case a–z and digits with hyphens ("Rød og gul" → "rod-og-gul"). */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String title, int maxLength, String fallback) {
        String text = title == null ? "" : title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        text = text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength).replaceAll("-+$", "");
        }
        return text.isEmpty() ? fallback : text;
    }
}
