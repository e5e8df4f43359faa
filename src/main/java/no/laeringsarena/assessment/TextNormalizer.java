package no.laeringsarena.assessment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes short-text answers comparable: Unicode NFC, lower case, trimmed, inner whitespace collapsed to one space,
 * trailing full stops dropped, and the Norwegian letters folded to their usual ASCII spellings (æ→ae, ø→oe, å→aa),
 * so «Bærum», «baerum» and « BÆRUM. » are the same answer.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    }
}
