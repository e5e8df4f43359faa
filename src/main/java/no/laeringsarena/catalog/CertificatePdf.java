package no.laeringsarena.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws a kursbevis as a one-page A4 landscape PDF with Apache PDFBox: heading, name, course, date, hours, issuer,
 * verification code and address. The texts come ready-made in the learner's language; characters the standard
 * font cannot draw become '?'.
 */
public final class CertificatePdf {

    /** The lines of a certificate, already in the learner's language. */
    public record Texts(String heading, String intro, String holderName, String completed, String title,
                        List<String> facts, String verifyLine, String verifyUrl) {
    }

    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private CertificatePdf() {
    }

    public static byte[] render(Texts texts) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(new PDRectangle(a4.getHeight(), a4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(safe(texts.heading() + " – " + texts.title(), REGULAR));
            info.setCreator("Læringsarena");
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - 110;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(2f);
                content.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                content.stroke();
                y = centred(content, BOLD, 36, texts.heading(), width, y) - 50;
                y = centred(content, REGULAR, 16, texts.intro(), width, y) - 40;
                y = centred(content, BOLD, 28, texts.holderName(), width, y) - 40;
                y = centred(content, REGULAR, 16, texts.completed(), width, y) - 34;
                for (String line : wrap(texts.title(), BOLD, 22, width - 160)) {
                    y = centred(content, BOLD, 22, line, width, y) - 28;
                }
                y -= 20;
                for (String fact : texts.facts()) {
                    y = centred(content, REGULAR, 13, fact, width, y) - 20;
                }
                y -= 16;
                y = centred(content, REGULAR, 11, texts.verifyLine(), width, y) - 16;
                centred(content, REGULAR, 11, texts.verifyUrl(), width, y);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float centred(PDPageContentStream content, PDFont font, float size, String text, float width, float y)
            throws IOException {
        String safe = safe(text, font);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(Math.max(40, (width - textWidth) / 2), y);
        content.showText(safe);
        content.endText();
        return y;
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot encode replaced by '?'. */
    static String safe(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
