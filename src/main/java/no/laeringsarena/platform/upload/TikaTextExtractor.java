package no.laeringsarena.platform.upload;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;

/**
 * Checks an upload and extracts its text with Apache Tika, within {@link UploadLimits}:
 * <ol>
 * <li>size: empty or larger than {@code maxBytes} is refused before anything reads it;</li>
 * <li>type: detected from the bytes (magic numbers, zip container contents), never from the file name, and refused
 *     unless it is an {@link AttachmentType};</li>
 * <li>zip containers (DOCX, XLSX, PPTX, ODT): unpacked once, counting, and refused as a bomb when they expand too
 *     much in all or per entry ({@link ZipBudget});</li>
 * <li>text: parsed on a worker thread with at most {@code maxConcurrent} running at once; cut at {@code maxChars};
 *     stopped after {@code timeout}; refused as a bomb when it expands more than {@code maxCompressionRatio}
 *     characters per byte or nests too deep; embedded documents read only to {@code maxEmbeddedDepth}.</li>
 * </ol>
 * A file Tika cannot read (damaged, encrypted, hostile) is refused with {@link UploadRejected.Reason#UNREADABLE}.
 * Nothing here throws anything else for bad input.
 */
public final class TikaTextExtractor {

    private static final Logger LOG = Logger.getLogger(TikaTextExtractor.class.getName());
    /** Characters of output before the expansion ratio is checked at all (small files may expand a lot). */
    private static final long RATIO_CHECK_AFTER_CHARS = 200_000;
    private static final int MAX_XML_DEPTH = 100;
    private static final int MAX_PACKAGE_ENTRY_DEPTH = 10;
    private static final long WAIT_FOR_A_SLOT_SECONDS = 5;

    private final UploadLimits limits;
    private final Executor executor;
    private final Parser parser;
    private final Detector detector;
    private final Semaphore slots;

    public TikaTextExtractor(UploadLimits limits, Executor executor) {
        this(limits, executor, defaultParser(limits));
    }

    /** With another parser (tests: one that never ends); detection stays Tika's. */
    TikaTextExtractor(UploadLimits limits, Executor executor, Parser parser) {
        this.limits = limits;
        this.executor = executor;
        this.parser = parser;
        this.detector = new AutoDetectParser().getDetector();
        this.slots = new Semaphore(limits.maxConcurrent());
    }

    private static AutoDetectParser defaultParser(UploadLimits limits) {
        AutoDetectParser parser = new AutoDetectParser();
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, RATIO_CHECK_AFTER_CHARS,
                limits.maxCompressionRatio(), MAX_XML_DEPTH, MAX_PACKAGE_ENTRY_DEPTH));
        return parser;
    }

    public UploadLimits limits() {
        return limits;
    }

    /** The accepted type of these bytes, detected from their content only. */
    public AttachmentType detect(byte[] content) throws UploadRejected {
        checkSize(content);
        String detected;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            detected = detector.detect(in, new Metadata()).toString();
        } catch (IOException | RuntimeException e) {
            throw new UploadRejected(UploadRejected.Reason.UNREADABLE, "type detection failed", e);
        }
        return AttachmentType.ofMediaType(detected)
                .orElseThrow(() -> new UploadRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, detected));
    }

    /** Checks the upload and gives its type and text; the file name is used in messages only. */
    public ExtractedText extract(byte[] content, String fileName) throws UploadRejected {
        AttachmentType type = detect(content);
        if (type.zipBased()) {
            ZipBudget.check(content, maxExpandedBytes(), limits.maxCompressionRatio(), limits.maxEmbeddedDepth());
        }
        try {
            if (!slots.tryAcquire(WAIT_FOR_A_SLOT_SECONDS, TimeUnit.SECONDS)) {
                throw new UploadRejected(UploadRejected.Reason.BUSY, fileName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadRejected(UploadRejected.Reason.BUSY, fileName, e);
        }
        AtomicBoolean stop = new AtomicBoolean();
        FutureTask<ExtractedText> task = new FutureTask<>(() -> {
            try {
                return parse(content, type, stop);
            } finally {
                slots.release();   // only when the parse has really ended, so slots bound the threads at work
            }
        });
        try {
            executor.execute(task);
        } catch (RuntimeException rejected) {
            slots.release();
            throw new UploadRejected(UploadRejected.Reason.BUSY, fileName, rejected);
        }
        try {
            return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop.set(true);          // the handler refuses the next piece of output
            task.cancel(true);       // and the thread is interrupted, for parsers that wait
            LOG.warning(() -> "Upload: text extraction of " + fileName + " stopped after " + limits.timeout());
            throw new UploadRejected(UploadRejected.Reason.TIMED_OUT, fileName, e);
        } catch (InterruptedException e) {
            stop.set(true);
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UploadRejected(UploadRejected.Reason.TIMED_OUT, fileName, e);
        } catch (CancellationException e) {
            throw new UploadRejected(UploadRejected.Reason.TIMED_OUT, fileName, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UploadRejected rejected) {
                throw rejected;
            }
            throw new UploadRejected(classify(cause), fileName + ": " + cause, cause);
        }
    }

    private ExtractedText parse(byte[] content, AttachmentType type, AtomicBoolean stop) throws Exception {
        BodyContentHandler body = new BodyContentHandler(limits.maxChars());
        ContentHandlerDecorator handler = new ContentHandlerDecorator(body) {
            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (stop.get()) {
                    throw new SAXException("extraction stopped: time is up");
                }
                super.characters(ch, start, length);
            }

            @Override
            public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
                if (stop.get()) {
                    throw new SAXException("extraction stopped: time is up");
                }
                super.ignorableWhitespace(ch, start, length);
            }
        };
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(OfficeParserConfig.class, streamingOffice());
        context.set(EmbeddedDocumentExtractor.class,
                new BoundedEmbeddedExtractor(context, limits.maxEmbeddedDepth(), limits.maxEmbeddedCount()));
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else if (stop.get()) {
                throw new UploadRejected(UploadRejected.Reason.TIMED_OUT, "stopped", e);
            } else {
                throw e;
            }
        }
        return new ExtractedText(type, tidy(body.toString()), truncated);
    }

    /**
     * Word and PowerPoint read as a stream (SAX), not into a document tree: a document that expands to hundreds of
     * megabytes is then cut at the character limit instead of first being held in memory whole. No macros.
     */
    private static OfficeParserConfig streamingOffice() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        return office;
    }

    /** Bombs and nesting are SUSPICIOUS; anything else Tika or a parser library threw is UNREADABLE. */
    static UploadRejected.Reason classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("bomb") || message.contains("nested")
                    || message.contains("max depth") || message.contains("package entry depth")
                    || message.contains("compression ratio") || t instanceof StackOverflowError) {
                return UploadRejected.Reason.SUSPICIOUS;
            }
            if (t instanceof OutOfMemoryError) {
                return UploadRejected.Reason.SUSPICIOUS;
            }
        }
        return UploadRejected.Reason.UNREADABLE;
    }

    /** What a zip-based upload may unpack to in all: a hundred times the largest upload, at most 512 MB. */
    private long maxExpandedBytes() {
        return Math.min(limits.maxBytes() * 100, 512L * 1024 * 1024);
    }

    private void checkSize(byte[] content) throws UploadRejected {
        if (content == null || content.length == 0) {
            throw new UploadRejected(UploadRejected.Reason.EMPTY, "no bytes");
        }
        if (content.length > limits.maxBytes()) {
            throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, content.length + " > " + limits.maxBytes());
        }
    }

    /** Lines stripped, runs of blank lines made one. */
    static String tidy(String text) {
        return text.replace("\r", "").replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
