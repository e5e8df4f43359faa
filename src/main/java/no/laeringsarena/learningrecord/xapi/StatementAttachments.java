package no.laeringsarena.learningrecord.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The attachment rules of a statement request: every part after the first is the data of an attachment declared in
 * the statements (X-Experience-API-Hash equal to its sha2 and to the SHA-2 of the data, Content-Transfer-Encoding
 * binary); every attachment without a fileUrl has its part; signature attachments carry a valid JWS of the statement.
 */
public final class StatementAttachments {

    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

    private StatementAttachments() {
    }

    /** The attachment data by sha2, after checking parts and statements against each other (400 on any mismatch). */
    public static Map<String, AttachmentData> match(List<JsonObject> statements, List<Multipart.Part> parts) {
        Map<String, AttachmentData> data = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Multipart.Part part = parts.get(i);
            String where = "multipart part " + (i + 2);
            String hash = part.header("X-Experience-API-Hash")
                    .orElseThrow(() -> XapiException.badRequest(where + ": the X-Experience-API-Hash header is required"))
                    .toLowerCase(Locale.ROOT);
            String encoding = part.header("Content-Transfer-Encoding").orElse("");
            if (!"binary".equalsIgnoreCase(encoding)) {
                throw XapiException.badRequest(where + ": Content-Transfer-Encoding must be binary, was \"" + encoding + "\"");
            }
            String actual = sha2(part.content(), hash.length());
            if (!actual.equals(hash)) {
                throw XapiException.badRequest(where + ": X-Experience-API-Hash " + hash
                        + " is not the SHA-2 of the part's data (" + actual + ")");
            }
            data.put(hash, new AttachmentData(hash, part.header("Content-Type").orElse("application/octet-stream"),
                    part.content()));
        }
        Set<String> declared = new LinkedHashSet<>();
        for (int s = 0; s < statements.size(); s++) {
            String prefix = statements.size() == 1 ? "" : "statement [" + s + "]: ";
            for (JsonObject attachment : attachments(statements.get(s))) {
                String sha2 = attachment.getString("sha2").toLowerCase(Locale.ROOT);
                declared.add(sha2);
                if (!attachment.containsKey("fileUrl") && !data.containsKey(sha2)) {
                    throw XapiException.badRequest(prefix + "the attachment with sha2 " + sha2
                            + " has no fileUrl, so its data must be sent as a part of a multipart/mixed request");
                }
            }
            verifySignatures(statements.get(s), data, prefix);
        }
        for (String hash : data.keySet()) {
            if (!declared.contains(hash)) {
                throw XapiException.badRequest("the multipart part with X-Experience-API-Hash " + hash
                        + " belongs to no attachment of the statements");
            }
        }
        return data;
    }

    /** The attachments of a statement and of its SubStatement object. */
    public static List<JsonObject> attachments(JsonObject statement) {
        List<JsonObject> out = new ArrayList<>();
        add(statement.get("attachments"), out);
        JsonValue object = statement.get("object");
        if (object instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
            add(o.get("attachments"), out);
        }
        return out;
    }

    private static void add(JsonValue attachments, List<JsonObject> out) {
        if (attachments instanceof JsonArray array) {
            array.forEach(a -> out.add(a.asJsonObject()));
        }
    }

    private static void verifySignatures(JsonObject statement, Map<String, AttachmentData> data, String prefix) {
        JsonArray attachments = statement.getJsonArray("attachments");
        if (attachments == null) {
            return;
        }
        for (JsonValue value : attachments) {
            JsonObject attachment = value.asJsonObject();
            if (!SIGNATURE_USAGE.equals(attachment.getString("usageType"))) {
                continue;
            }
            if (!"application/octet-stream".equalsIgnoreCase(attachment.getString("contentType").trim())) {
                throw XapiException.badRequest(prefix + "a signature attachment must have the contentType application/octet-stream");
            }
            AttachmentData signature = data.get(attachment.getString("sha2").toLowerCase(Locale.ROOT));
            if (signature == null) {
                throw XapiException.badRequest(prefix + "the signature attachment must be sent as a multipart part, not a fileUrl");
            }
            StatementSignature.verify(statement, signature.content(), prefix);
        }
    }

    /** SHA-256, or SHA-384 / SHA-512 when the expected hex has their length; lower-case hex. */
    public static String sha2(byte[] content, int hexLength) {
        String algorithm = switch (hexLength) {
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> "SHA-256";
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
