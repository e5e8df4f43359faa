package no.laeringsarena.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

/**
 * The upload check and text extraction on generated files: the accepted types give their text whatever they are
 * called; other types, bombs, deep nesting, damaged PDFs and a parser that never ends are refused with a reason,
 * quickly, and leave the extractor able to take the next file.
 */
class TikaTextExtractorTest {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool();
    private static final UploadLimits LIMITS = new UploadLimits(20L * 1024 * 1024, 200_000, Duration.ofSeconds(10),
            2, 20, 100, 2);

    private final TikaTextExtractor extractor = new TikaTextExtractor(LIMITS, WORKERS);

    @AfterAll
    static void stopWorkers() {
        WORKERS.shutdownNow();
    }

    @Test
    void plainTextIsTextWhateverTheNameSays() throws Exception {
        ExtractedText text = extractor.extract("Sjekkliste for arkivplan\nNoark 5 og ROS-analyse".getBytes(StandardCharsets.UTF_8),
                "rapport.pdf");
        assertEquals(AttachmentType.TXT, text.type());
        assertTrue(text.text().contains("Noark 5 og ROS-analyse"), text.text());
        assertFalse(text.truncated());
    }

    @Test
    void pdfDocxXlsxPptxAndOdtGiveTheirText() throws Exception {
        ExtractedText pdf = extractor.extract(HostileFiles.pdf("Kravspesifikasjon for helsesystemer", "Versjon 2"), "krav.bin");
        assertEquals(AttachmentType.PDF, pdf.type());
        assertTrue(pdf.text().contains("Kravspesifikasjon for helsesystemer"), pdf.text());

        ExtractedText docx = extractor.extract(HostileFiles.docx(null, "Gevinstrealisering i kommunen", "Steg én"), "x");
        assertEquals(AttachmentType.DOCX, docx.type());
        assertTrue(docx.text().contains("Gevinstrealisering i kommunen") && docx.text().contains("Steg én"), docx.text());

        ExtractedText xlsx = extractor.extract(workbook("Budsjett for sammenslåing"), "tall.txt");
        assertEquals(AttachmentType.XLSX, xlsx.type());
        assertTrue(xlsx.text().contains("Budsjett for sammenslåing"), xlsx.text());

        ExtractedText pptx = extractor.extract(slides("Målbilde og arkitektur"), "lysark");
        assertEquals(AttachmentType.PPTX, pptx.type());
        assertTrue(pptx.text().contains("Målbilde og arkitektur"), pptx.text());

        ExtractedText odt = extractor.extract(HostileFiles.odt("Personvern og informasjonssikkerhet"), "notat.docx");
        assertEquals(AttachmentType.ODT, odt.type());
        assertTrue(odt.text().contains("Personvern og informasjonssikkerhet"), odt.text());
    }

    @Test
    void otherTypesAreRefusedByTheirContentNotTheirName() throws Exception {
        assertRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, "<html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "side.txt");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, exe, "faktura.pdf");
        assertRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, HostileFiles.nestedZip(1), "rapport.docx");
    }

    @Test
    void emptyAndOversizedFilesAreRefusedBeforeReading() throws Exception {
        assertRejected(UploadRejected.Reason.EMPTY, new byte[0], "tom.txt");
        TikaTextExtractor small = new TikaTextExtractor(new UploadLimits(1024, 1000, Duration.ofSeconds(5), 1, 5, 100, 1), WORKERS);
        UploadRejected tooLarge = assertThrows(UploadRejected.class, () -> small.extract(new byte[1025], "stor.txt"));
        assertEquals(UploadRejected.Reason.TOO_LARGE, tooLarge.reason());
    }

    @Test
    void aDeeplyNestedZipBombIsRefusedQuickly() throws Exception {
        byte[] bomb = HostileFiles.nestedZip(6);   // 4^6 × 4 MiB = 16 GiB when fully unpacked
        assertTrue(bomb.length < LIMITS.maxBytes(), "small enough to be uploaded: " + bomb.length);
        long started = System.nanoTime();
        assertRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, bomb, "arkiv.docx");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "refused without unpacking it");
    }

    @Test
    void wordDocumentsNestedInWordDocumentsAreReadOnlyTwoLevelsDeep() throws Exception {
        long started = System.nanoTime();
        ExtractedText text = extractor.extract(HostileFiles.nestedDocx(12), "matrjosjka.docx");
        assertEquals(AttachmentType.DOCX, text.type());
        assertTrue(text.text().contains("nivå 0") && text.text().contains("nivå 1"), "embedded ones are read: " + text.text());
        assertFalse(text.text().contains("nivå 3"), "not deeper than the limit: " + text.text());
        assertFalse(text.text().contains("nivå 11"), text.text());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
    }

    @Test
    void aHugeExpansionDocumentIsRefusedOrCutNeverReadWhole() throws Exception {
        byte[] expanding = HostileFiles.expandingDocx(200 * 1024 * 1024);   // 200 MB of text
        assertTrue(expanding.length < 2 * 1024 * 1024, "compresses to " + expanding.length);
        long started = System.nanoTime();
        UploadRejected rejected = assertThrows(UploadRejected.class, () -> extractor.extract(expanding, "bombe.docx"));
        assertEquals(UploadRejected.Reason.SUSPICIOUS, rejected.reason(), rejected.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 3, "found before any parser read it");
    }

    @Test
    void truncatedAndGarbledPdfsAreRefusedOrReadPartlyWithoutHarm() throws Exception {
        byte[] whole = HostileFiles.pdf("Arkivplan for den nye kommunen", "Bevaring og kassasjon");
        for (double keep : new double[] {0.3, 0.6, 0.9}) {
            byte[] part = HostileFiles.truncated(whole, keep);
            try {
                ExtractedText text = extractor.extract(part, "avbrutt.pdf");
                assertEquals(AttachmentType.PDF, text.type());
            } catch (UploadRejected rejected) {
                assertEquals(UploadRejected.Reason.UNREADABLE, rejected.reason(), keep + ": " + rejected.getMessage());
            }
        }
        for (long seed = 1; seed <= 5; seed++) {
            try {
                extractor.extract(HostileFiles.garbledPdf(seed), "støy.pdf");
            } catch (UploadRejected rejected) {
                assertTrue(Set.of(UploadRejected.Reason.UNREADABLE, UploadRejected.Reason.SUSPICIOUS)
                        .contains(rejected.reason()), rejected.getMessage());
            }
        }
        assertTrue(extractor.extract(whole, "hel.pdf").text().contains("Bevaring og kassasjon"), "still works after");
    }

    @Test
    void aParseThatNeverEndsIsStoppedAtTheTimeLimitAndFreesItsSlot() throws Exception {
        UploadLimits limits = new UploadLimits(1024 * 1024, 1_000_000, Duration.ofMillis(800), 1, 5, 100, 1);
        TikaTextExtractor slow = new TikaTextExtractor(limits, WORKERS, new EndlessParser());
        long started = System.nanoTime();
        UploadRejected rejected = assertThrows(UploadRejected.class,
                () -> slow.extract("evig tekst".getBytes(StandardCharsets.UTF_8), "evig.txt"));
        assertEquals(UploadRejected.Reason.TIMED_OUT, rejected.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000);
        // the one slot is free again: a second call is not refused as busy
        UploadRejected again = assertThrows(UploadRejected.class,
                () -> slow.extract("evig tekst".getBytes(StandardCharsets.UTF_8), "evig.txt"));
        assertEquals(UploadRejected.Reason.TIMED_OUT, again.reason());
    }

    @Test
    void longTextIsCutAtTheLimitAndSaysSo() throws Exception {
        TikaTextExtractor small = new TikaTextExtractor(new UploadLimits(1024 * 1024, 1000, Duration.ofSeconds(5), 1, 5, 100, 1), WORKERS);
        ExtractedText text = small.extract("ord ".repeat(5000).getBytes(StandardCharsets.UTF_8), "lang.txt");
        assertTrue(text.truncated());
        assertTrue(text.text().length() <= 1000);
    }

    @Test
    void aBombInsideAnOrdinaryDocumentIsFoundToo() throws Exception {
        byte[] outer = HostileFiles.docx(HostileFiles.expandingDocx(100 * 1024 * 1024), "Vanlig forside");
        UploadRejected rejected = assertThrows(UploadRejected.class, () -> extractor.extract(outer, "forside.docx"));
        assertEquals(UploadRejected.Reason.SUSPICIOUS, rejected.reason(), rejected.getMessage());
    }

    @Test
    void reasonsOfParserFailures() {
        assertEquals(UploadRejected.Reason.SUSPICIOUS, TikaTextExtractor.classify(new IOException("Zip bomb detected!")));
        assertEquals(UploadRejected.Reason.UNREADABLE, TikaTextExtractor.classify(new IOException("Missing root object")));
    }

    private void assertRejected(UploadRejected.Reason reason, byte[] content, String name) {
        UploadRejected rejected = assertThrows(UploadRejected.class, () -> extractor.extract(content, name));
        assertEquals(reason, rejected.reason(), rejected.getMessage());
    }

    private static byte[] workbook(String cell) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Ark1").createRow(0).createCell(0).setCellValue(cell);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] slides(String text) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText(text);
            box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
            show.write(out);
            return out.toByteArray();
        }
    }

    /** Writes a character every few milliseconds for ever (until interrupted or stopped). */
    private static final class EndlessParser implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.TEXT_PLAIN);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws org.xml.sax.SAXException {
            handler.startDocument();
            while (true) {
                handler.characters(new char[] {'x'}, 0, 1);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new org.xml.sax.SAXException("interrupted");
                }
            }
        }
    }
}
