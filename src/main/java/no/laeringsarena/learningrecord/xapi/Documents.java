package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules shared by the State, Activity Profile and Agent Profile resources: ETags (quoted lower-case SHA-1 hex of
 * the content), If-Match / If-None-Match preconditions, and the JSON merge of POST.
 */
public final class Documents {

    private Documents() {
    }

    public static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the preconditions of a write. {@code currentEtag} is null when there is no document.
     *
     * @param requireHeaderForExisting PUT on the profile resources: a write to an existing document without
     *                                 either header is refused with 409
     */
    public static void checkPreconditions(String ifMatch, String ifNoneMatch, String currentEtag,
                                          boolean requireHeaderForExisting) {
        if (ifMatch != null && (currentEtag == null || !matches(ifMatch, currentEtag))) {
            throw XapiException.preconditionFailed("If-Match " + ifMatch + " does not match the current document");
        }
        if (ifNoneMatch != null && currentEtag != null && (ifNoneMatch.trim().equals("*") || matches(ifNoneMatch, currentEtag))) {
            throw XapiException.preconditionFailed("If-None-Match " + ifNoneMatch + ": the document already exists");
        }
        if (requireHeaderForExisting && currentEtag != null && ifMatch == null && ifNoneMatch == null) {
            throw XapiException.conflict("the document exists: fetch it to get its ETag, then PUT with If-Match "
                    + "(or If-None-Match: * to create only if absent)");
        }
    }

    static boolean matches(String header, String etag) {
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || unquote(tag).equalsIgnoreCase(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }

    public static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** The document as a JSON object, if it is one. */
    public static Optional<JsonObject> jsonObject(byte[] content) {
        try {
            JsonValue value = JsonText.parse(new String(content, StandardCharsets.UTF_8));
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** POST to an existing JSON document: the posted top-level properties replace the existing ones. */
    public static byte[] merge(byte[] existing, String existingType, byte[] posted, String postedType) {
        if (!isJson(existingType) || !isJson(postedType)) {
            throw XapiException.badRequest("POST merges only JSON documents: both the stored and the posted "
                    + "document must be application/json (use PUT to replace)");
        }
        JsonObject old = jsonObject(existing).orElseThrow(() -> XapiException.badRequest("the stored document is not a JSON object"));
        JsonObject update = jsonObject(posted).orElseThrow(() -> XapiException.badRequest("the posted document is not a JSON object"));
        JsonObjectBuilder merged = JSON.createObjectBuilder(old);
        update.forEach(merged::add);
        return merged.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
