package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import no.laeringsarena.platform.upload.AttachmentType;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.taxonomy.LocalizedName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attachment names are safe to store and offer, end in the detected type, and attachment text is searchable. */
class AttachmentNamesTest {

    @Test
    void pathsAndOddCharactersGoTheDetectedExtensionStays() {
        assertEquals("Arkivplan for Nye Bø kommune.pdf", AttachmentNames.safe("C:\\Users\\x\\Arkivplan for Nye Bø kommune.pdf", AttachmentType.PDF));
        assertEquals("passwd.txt", AttachmentNames.safe("../../etc/passwd", AttachmentType.TXT));
        assertEquals("rapport.pdf", AttachmentNames.safe("rapport.exe", AttachmentType.PDF), "the content decides the extension");
        assertEquals("a_b_c_.docx", AttachmentNames.safe("a\"b<c>.docx", AttachmentType.DOCX));
        assertEquals("vedlegg.odt", AttachmentNames.safe("...", AttachmentType.ODT));
        assertEquals("vedlegg.txt", AttachmentNames.safe(null, AttachmentType.TXT));
        assertTrue(AttachmentNames.safe("x".repeat(500) + ".pdf", AttachmentType.PDF).length() <= AttachmentNames.MAX_LENGTH + 4);
    }

    @Test
    void sizesReadNaturally() {
        Locale nb = Locale.forLanguageTag("nb-NO");
        assertEquals("1,5 MB", new AttachmentInfo(1L, "a.pdf", AttachmentType.PDF, 1536 * 1024, null).size(nb));
        assertEquals("340 kB", new AttachmentInfo(1L, "a.pdf", AttachmentType.PDF, 340 * 1024, null).size(nb));
        assertEquals("1 kB", new AttachmentInfo(1L, "a.txt", AttachmentType.TXT, 10, null).size(nb));
    }

    @Test
    void attachmentTextIsPartOfTheItemsSearchDocument() {
        ToolboxItem item = new ToolboxItem("arkivplan", ToolboxItemType.MAL, ToolboxSection.GRUNNDATAREGISTRE,
                new LocalizedName("Arkivplan", null, null));
        item.describe(ToolboxItemType.MAL, ToolboxSection.GRUNNDATAREGISTRE, new LocalizedName("Arkivplan", null, null),
                "Mal for arkivplan", "Brødtekst", null, Set.of(), Set.of(), Set.of(), List.of(), "KS", LocalDate.of(2026, 1, 1),
                0, OffsetDateTime.now());
        SearchDocument document = ToolboxIndexing.document(item, new Checklist(List.of()),
                List.of(new ToolboxIndexing.AttachmentText("bevaringsplan.pdf", "Bevaring og kassasjon av byggesaker")));
        assertTrue(document.body().contains("Brødtekst"));
        assertTrue(document.body().contains("bevaringsplan.pdf\nBevaring og kassasjon av byggesaker"), document.body());

        String huge = "ord ".repeat(200_000);
        SearchDocument big = ToolboxIndexing.document(item, new Checklist(List.of()), List.of(
                new ToolboxIndexing.AttachmentText("a.txt", huge), new ToolboxIndexing.AttachmentText("b.txt", huge)));
        assertTrue(big.body().length() < ToolboxIndexing.MAX_ATTACHMENT_CHARS + 1000, "attachment text is capped");
    }
}
