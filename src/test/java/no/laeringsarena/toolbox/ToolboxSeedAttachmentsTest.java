package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.laeringsarena.content.ContentBinaryFile;
import no.laeringsarena.content.ContentSources;
import no.laeringsarena.platform.upload.AttachmentType;
import no.laeringsarena.platform.upload.ExtractedText;
import no.laeringsarena.platform.upload.TikaTextExtractor;
import no.laeringsarena.platform.upload.UploadLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The attachments of the seed items in content/verktoykasse/vedlegg: each belongs to an item, and Tika reads it. */
class ToolboxSeedAttachmentsTest {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool();
    private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor(UploadLimits.DEFAULTS, WORKERS);

    @AfterAll
    static void stopWorkers() {
        WORKERS.shutdownNow();
    }

    private static List<ContentBinaryFile> seedFiles() throws Exception {
        return ContentSources.forDirectory(Path.of("content"))
                .binaryFiles(ToolboxSeedAttachments.FOLDER, UploadLimits.DEFAULTS.maxBytes());
    }

    @Test
    void everyFolderIsTheKeyOfAToolboxItem() throws Exception {
        List<ContentBinaryFile> files = seedFiles();
        assertTrue(files.size() >= 2, files.toString());
        for (ContentBinaryFile file : files) {
            assertTrue(Files.isRegularFile(Path.of("content/verktoykasse/" + file.folderName() + ".md")),
                    file.path() + " is in a folder named after no item");
        }
    }

    @Test
    void theirTextIsExtractedWithWordsFoundOnlyThere() throws Exception {
        ContentBinaryFile spec = file("kravspesifikasjonsmal-helsesystemer.docx");
        ExtractedText specText = EXTRACTOR.extract(spec.content(), spec.fileName());
        assertEquals(AttachmentType.DOCX, specText.type());
        assertTrue(specText.text().contains("Tilbudsevalueringen vekter kvalitet"), specText.text());
        assertEquals("kravspesifikasjon-helsesystemer", spec.folderName());

        ContentBinaryFile form = file("kartleggingsskjema-systemer-og-avtaler.odt");
        ExtractedText formText = EXTRACTOR.extract(form.content(), form.fileName());
        assertEquals(AttachmentType.ODT, formText.type());
        assertTrue(formText.text().contains("Systemeierskap avklares"), formText.text());

        try (var markdown = Files.walk(Path.of("content"))) {
            for (Path md : markdown.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(md).toLowerCase();
                assertTrue(!text.contains("tilbudsevaluering") && !text.contains("systemeierskap"),
                        md + " must not have the words the search IT finds in the attachments only");
            }
        }
    }

    private static ContentBinaryFile file(String name) throws Exception {
        return seedFiles().stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
    }
}
