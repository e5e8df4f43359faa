package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void knownTypesAreToldByTheirContent() throws IOException {
        assertEquals(Optional.of(MediaType.PDF), MediaType.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        assertEquals(Optional.of(MediaType.MP4), MediaType.detect(mp4));
        assertEquals(Optional.of(MediaType.WEBVTT), MediaType.detect("WEBVTT\n\n00:00.000 --> 00:02.000\nHei".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(MediaType.DOCX), MediaType.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(MediaType.ODT), MediaType.detect(odf("application/vnd.oasis.opendocument.text")));
        assertEquals(MediaType.Use.DOCUMENT, MediaType.XLSX.use());
    }

    @Test
    void otherContentIsRefusedWhateverItIsCalled() throws IOException {
        assertTrue(MediaType.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(MediaType.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4}).isEmpty(), "a Windows program");
        assertTrue(MediaType.detect(zip("evil.sh", "README")).isEmpty(), "a zip that is no office document");
        assertTrue(MediaType.detect("WEBVTTX nope".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(MediaType.detect(new byte[3]).isEmpty());
        assertTrue(MediaType.detect(null).isEmpty());
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] odf(String mimetype) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
