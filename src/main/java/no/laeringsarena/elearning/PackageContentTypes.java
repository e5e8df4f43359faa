package no.laeringsarena.elearning;

import java.util.Locale;
import java.util.Map;

/** The content type a package file is served with, by its extension (unknown: a download, never sniffed). */
public final class PackageContentTypes {

    static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"), Map.entry("htm", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"), Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("xsd", "application/xml"), Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("vtt", "text/vtt; charset=UTF-8"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"),
            Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"), Map.entry("wasm", "application/wasm"));

    private PackageContentTypes() {
    }

    public static String of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot <= slash + 1 || dot == path.length() - 1) {
            return UNKNOWN;
        }
        return TYPES.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
