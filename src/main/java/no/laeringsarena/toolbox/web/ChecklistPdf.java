package no.laeringsarena.toolbox.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.laeringsarena.toolbox.ChecklistReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A checklist's progress as an A4 PDF (Apache PDFBox, as the course certificates): title, who exported it and when,
 * the total, then per phase its count, groups and items ("[x]" ticked with the time, "[ ]" not), the priority of each
 * item, and the note. Pages break as needed; characters the standard font cannot draw become '?'.
 */
final class ChecklistPdf {

    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float MARGIN = 50;
    private static final float BOTTOM = 50;

    private ChecklistPdf() {
    }

    static byte[] of(ChecklistReport report, Function<String, String> text, DateTimeFormatter time) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(safe(report.itemName(), REGULAR));
            info.setCreator("Læringsarena");
            Writer writer = new Writer(document);
            writer.paragraph(BOLD, 18, report.itemName(), 0);
            writer.paragraph(REGULAR, 10, text.apply("toolbox.export.exportedBy")
                    .replace("{0}", time.format(report.exportedAt())).replace("{1}", report.personName()), 0);
            writer.paragraph(REGULAR, 10, progress(text, report.done(), report.total()), 0);
            for (ChecklistReport.Phase phase : report.phases()) {
                writer.space(10);
                writer.paragraph(BOLD, 14, phase.title() + " (" + progress(text, phase.done(), phase.total()) + ")", 0);
                for (ChecklistReport.Group group : phase.groups()) {
                    writer.space(4);
                    writer.paragraph(BOLD, 11, group.title(), 0);
                    for (ChecklistReport.Line line : group.lines()) {
                        StringBuilder item = new StringBuilder(line.ticked() ? "[x] " : "[ ] ");
                        item.append(line.ref()).append(' ');
                        if (line.priority() != null) {
                            item.append('(').append(text.apply(line.priority().messageKey())).append(") ");
                        }
                        item.append(line.text());
                        if (line.tickedAt() != null) {
                            item.append(" – ").append(text.apply("toolbox.export.ticked").toLowerCase())
                                    .append(' ').append(time.format(line.tickedAt()));
                        }
                        writer.paragraph(REGULAR, 10, item.toString(), 12);
                    }
                }
            }
            if (!report.note().isBlank()) {
                writer.space(10);
                writer.paragraph(BOLD, 12, text.apply("toolbox.export.note"), 0);
                for (String line : report.note().split("\n")) {
                    writer.paragraph(REGULAR, 10, line, 0);
                }
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String progress(Function<String, String> text, int done, int total) {
        return text.apply("toolbox.export.progress").replace("{0}", String.valueOf(done)).replace("{1}", String.valueOf(total));
    }

    /** Writes wrapped lines down the page, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void space(float points) {
            y -= points;
        }

        void paragraph(PDFont font, float size, String text, float indent) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(safe(text, font), font, size, width)) {
                if (y - size < BOTTOM) {
                    newPage();
                }
                y -= size * 1.3f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN + indent, y);
                content.showText(line);
                content.endText();
            }
        }

        void close() throws IOException {
            content.close();
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
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

    /** The text with tabs and line breaks as spaces and every character the font cannot encode as '?'. */
    static String safe(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.replaceAll("[\\t\\r\\n]", " ").codePoints().forEach(cp -> {
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
