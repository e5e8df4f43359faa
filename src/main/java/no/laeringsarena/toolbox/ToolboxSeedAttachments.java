package no.laeringsarena.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.content.ContentBinaryFile;
import no.laeringsarena.content.ContentSource;
import no.laeringsarena.platform.upload.ExtractedText;
import no.laeringsarena.platform.upload.UploadPolicy;
import no.laeringsarena.platform.upload.UploadRejected;

/**
 * The attachments of the seed toolbox items: every file in {@code content/verktoykasse/vedlegg/<item key>/} is attached
 * to that item at start-up, after the content import, through the same checks and text extraction as an editor's
 * upload (so its text is found by the search). A file already on the item (same bytes or same name) is left alone;
 * one that fails the checks is logged and skipped. An attachment an editor removes in the application comes back at
 * the next start while its file is in the content folder.
 */
@ApplicationScoped
public class ToolboxSeedAttachments {

    public static final String FOLDER = "verktoykasse/vedlegg";

    private static final Logger LOG = Logger.getLogger(ToolboxSeedAttachments.class.getName());

    @Inject
    UploadPolicy uploads;

    @Inject
    ToolboxService toolbox;

    /** Attaches what is new; returns how many files were attached. Never throws for a bad file. */
    public int seed(ContentSource source) {
        int attached = 0;
        try {
            for (ContentBinaryFile file : source.binaryFiles(FOLDER, uploads.limits().maxBytes())) {
                try {
                    ExtractedText text = uploads.extractor().extract(file.content(), file.fileName());
                    if (toolbox.seedAttachment(file.folderName(), file.fileName(), file.content(), text)) {
                        attached++;
                    }
                } catch (UploadRejected rejected) {
                    LOG.warning("content/" + file.path() + " is not attached: " + rejected.getMessage());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "content/" + file.path() + " is not attached", e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the toolbox attachments in content/" + FOLDER + " could not be read", e);
        }
        if (attached > 0) {
            LOG.info(attached + " toolbox attachments from content/" + FOLDER + " attached");
        }
        return attached;
    }
}
