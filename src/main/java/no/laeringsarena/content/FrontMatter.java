package no.laeringsarena.content;

import java.util.List;

/**
 * A content file cut in two: the YAML between the {@code ---} fences at the top, and the Markdown body after.
 *
 * @param yaml            the YAML text (without the fences)
 * @param yamlFirstLine   the file line of the YAML's first line (2: the line after the opening fence)
 * @param closingLine     the file line of the closing fence
 * @param body            the Markdown after the closing fence, without leading blank lines and trailing space
 */
public record FrontMatter(String yaml, int yamlFirstLine, int closingLine, String body) {

    static final String FENCE = "---";

    /** Splits a file; a file that does not start with a front matter block, or never closes it, is an error at line 1. */
    public static FrontMatter split(ContentFile file) throws ContentFileException {
        List<String> lines = file.normalizedText().lines().toList();
        if (lines.isEmpty() || !isFence(lines.get(0))) {
            throw new ContentFileException(ContentError.at(file.path(), 1,
                    "filen må starte med front matter: første linje skal være '---'"));
        }
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines.get(i))) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            throw new ContentFileException(ContentError.at(file.path(), 1,
                    "front matter som starter her, blir aldri avsluttet: mangler en linje med bare '---'"));
        }
        String yaml = String.join("\n", lines.subList(1, closing));
        String body = String.join("\n", lines.subList(closing + 1, lines.size())).strip();
        return new FrontMatter(yaml, 2, closing + 1, body);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }
}
