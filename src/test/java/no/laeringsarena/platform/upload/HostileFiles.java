package no.laeringsarena.platform.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files made on the spot for upload tests: ordinary documents and the hostile kinds a server must survive. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A one-page PDF with these lines (Latin-1 text). */
    public static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The first part of a PDF, as from an upload that broke off. */
    public static byte[] truncated(byte[] file, double keep) {
        byte[] part = new byte[(int) (file.length * keep)];
        System.arraycopy(file, 0, part, 0, part.length);
        return part;
    }

    /** A PDF header followed by noise. */
    public static byte[] garbledPdf(long seed) {
        java.util.Random random = new java.util.Random(seed);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        byte[] header = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[header.length + noise.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(noise, 0, file, header.length, noise.length);
        return file;
    }

    /** A minimal Word document with these paragraphs, and optionally an embedded Word document. */
    public static byte[] docx(byte[] embeddedDocx, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        return docxWithBody(body.toString(), embeddedDocx);
    }

    /** A Word document whose text is {@code chars} characters of 'a' words: it compresses about a thousandfold. */
    public static byte[] expandingDocx(int chars) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            docxSkeleton(zip, false);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "aaaa ".repeat(2048).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < chars; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Word documents inside Word documents, {@code levels} deep; level n says "nivå n". */
    public static byte[] nestedDocx(int levels) throws IOException {
        byte[] inner = null;
        for (int level = levels - 1; level >= 0; level--) {
            inner = docx(inner, "nivå " + level);
        }
        return inner;
    }

    /** Zips inside zips, {@code levels} deep, the innermost holding a large run of zeros (a classic bomb). */
    public static byte[] nestedZip(int levels) throws IOException {
        byte[] inner = new byte[4 * 1024 * 1024];
        String name = "null.bin";
        for (int level = 0; level < levels; level++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int copy = 0; copy < 4; copy++) {
                    zip.putNextEntry(new ZipEntry(copy + "-" + name));
                    zip.write(inner);
                    zip.closeEntry();
                }
            }
            inner = out.toByteArray();
            name = "lag" + level + ".zip";
        }
        return inner;
    }

    private static byte[] docxWithBody(String bodyXml, byte[] embedded) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            docxSkeleton(zip, embedded != null);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>" + bodyXml + "</w:body></w:document>");
            if (embedded != null) {
                entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\""
                        + " Target=\"embeddings/indre.docx\"/></Relationships>");
                zip.putNextEntry(new ZipEntry("word/embeddings/indre.docx"));
                zip.write(embedded);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void docxSkeleton(ZipOutputStream zip, boolean withEmbedding) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + (withEmbedding ? "<Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"/>" : "")
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>");
    }

    /** A minimal OpenDocument text with these paragraphs. */
    public static byte[] odt(String... paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>");
            StringBuilder body = new StringBuilder();
            for (String p : paragraphs) {
                body.append("<text:p>").append(p).append("</text:p>");
            }
            entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
    }
}
