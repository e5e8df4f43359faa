package no.laeringsarena.platform.upload;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.Config;

/**
 * The upload limits in force, from MicroProfile Config (environment variables such as UPLOAD_MAX_BYTES work too):
 * {@code upload.max-bytes}, {@code upload.extract.max-chars}, {@code upload.extract.timeout-seconds},
 * {@code upload.extract.max-embedded-depth}, {@code upload.extract.max-embedded-count},
 * {@code upload.extract.max-compression-ratio}, {@code upload.extract.max-concurrent}; each defaults to
 * {@link UploadLimits#DEFAULTS}. Gives the one {@link TikaTextExtractor} of the application. Its workers are threads
 * of their own from the container's managed thread factory, not tasks of the managed executor: a task there runs in
 * the submitting request's context and ends it, closing that request's entity managers while the request goes on.
 */
@ApplicationScoped
public class UploadPolicy {

    @Inject
    Config config;

    @Resource
    ManagedThreadFactory threads;

    private volatile ExecutorService workers;
    private volatile TikaTextExtractor extractor;

    /** The extractor with the limits read at first use. */
    public TikaTextExtractor extractor() {
        TikaTextExtractor current = extractor;
        if (current == null) {
            synchronized (this) {
                if (extractor == null) {
                    workers = Executors.newCachedThreadPool(threads);
                    extractor = new TikaTextExtractor(limits(), workers);
                }
                current = extractor;
            }
        }
        return current;
    }

    public UploadLimits limits() {
        UploadLimits d = UploadLimits.DEFAULTS;
        return new UploadLimits(
                value("upload.max-bytes", Long.class, d.maxBytes()),
                value("upload.extract.max-chars", Integer.class, d.maxChars()),
                Duration.ofSeconds(value("upload.extract.timeout-seconds", Long.class, d.timeout().toSeconds())),
                value("upload.extract.max-embedded-depth", Integer.class, d.maxEmbeddedDepth()),
                value("upload.extract.max-embedded-count", Integer.class, d.maxEmbeddedCount()),
                value("upload.extract.max-compression-ratio", Long.class, d.maxCompressionRatio()),
                value("upload.extract.max-concurrent", Integer.class, d.maxConcurrent()));
    }

    /**
     * The largest video file accepted where a whole recording is uploaded (an event's recording):
     * {@code upload.video.max-bytes}, by default 200 MB (the largest multipart upload web.xml lets through).
     */
    public long maxVideoBytes() {
        return value("upload.video.max-bytes", Long.class, DEFAULT_MAX_VIDEO_BYTES);
    }

    /** 200 MB. */
    public static final long DEFAULT_MAX_VIDEO_BYTES = 200L * 1024 * 1024;

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private <T> T value(String name, Class<T> type, T fallback) {
        return config.getOptionalValue(name, type).orElse(fallback);
    }
}
