package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a post may carry: how many files, under which name, and which pictures are told by their content. */
class ForumAttachmentRulesTest {

    @Test
    void aPostCarriesAtMostFiveFiles() {
        assertTrue(ForumRules.attachmentProblems(0).isEmpty());
        assertTrue(ForumRules.attachmentProblems(ForumRules.MAX_ATTACHMENTS_PER_POST - 1).isEmpty());
        assertEquals("forum.attachment.error.tooMany", ForumRules.attachmentProblems(ForumRules.MAX_ATTACHMENTS_PER_POST).getFirst());
    }

    @Test
    void theStoredNameHasNoFoldersNoControlCharactersAndABoundedLength() {
        assertEquals("plan.pdf", ForumRules.attachmentName("C:\\Users\\kari\\plan.pdf"));
        assertEquals("passwd", ForumRules.attachmentName("../../etc/passwd"));
        assertEquals("ab.pdf", ForumRules.attachmentName("a\u0000b\r\n.pdf"));
        assertEquals("vedlegg", ForumRules.attachmentName(null));
        assertEquals("vedlegg", ForumRules.attachmentName("   "));
        assertEquals("vedlegg", ForumRules.attachmentName("mappe/.."));
        String longName = ForumRules.attachmentName("x".repeat(500) + ".docx");
        assertEquals(ForumAttachment.MAX_FILE_NAME, longName.length());
        assertTrue(longName.endsWith(".docx"), "the extension survives the cut");
    }

    @Test
    void picturesAreToldByTheirMagicNumbersNeverByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] webp = "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(ForumFileType.PNG), ForumFileType.picture(png));
        assertEquals(Optional.of(ForumFileType.JPEG), ForumFileType.picture(jpeg));
        assertEquals(Optional.of(ForumFileType.GIF), ForumFileType.picture(gif));
        assertEquals(Optional.of(ForumFileType.WEBP), ForumFileType.picture(webp));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), ForumFileType.picture(svg), "SVG can carry script: never a picture here");
        assertEquals(Optional.empty(), ForumFileType.picture("<html><body>hei</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(ForumFileType.isImage("image/png"));
        assertFalse(ForumFileType.isImage("application/pdf"), "documents are downloads");
        assertFalse(ForumFileType.isImage("image/svg+xml"));
    }
}
