package no.laeringsarena.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads documents inside documents (a spreadsheet in a report, a report in a zip part) only down to a depth and up
 * to a count, so nesting cannot multiply the work. One instance per extraction (it counts).
 */
final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxDepth;
    private final int maxCount;
    private int depth;
    private int count;
    private int skipped;

    BoundedEmbeddedExtractor(ParseContext context, int maxDepth, int maxCount) {
        super(context);
        this.maxDepth = maxDepth;
        this.maxCount = maxCount;
        setWriteFileNameToContent(false);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (depth >= maxDepth || count >= maxCount) {
            skipped++;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        count++;
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    int read() {
        return count;
    }

    int skipped() {
        return skipped;
    }
}
