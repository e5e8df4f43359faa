package no.laeringsarena.identity.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What SCIM may set on a person: userName (their e-mail, the login), display name, the id in the organisation's own
 * system, and whether the account is active. Validated as a whole before anything is saved.
 */
public record ScimUser(String userName, String displayName, String externalId, boolean active) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    /** Eleven digits in a row (or 6 + 5 split by a space or dot): shaped like a fødselsnummer or D-nummer. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{6}[ .]?\\d{5}(?!\\d)");

    /** A full User resource (POST, PUT): it must name the core User schema and carry a userName. */
    public static ScimUser fromResource(JsonObject resource) {
        requireSchema(resource, ScimSchemas.USER);
        String userName = string(resource, "userName");
        if (userName == null || userName.isBlank()) {
            throw ScimException.badRequest("invalidValue", "userName (the person's e-mail address) is required");
        }
        String displayName = string(resource, "displayName");
        if (displayName == null && resource.get("name") instanceof JsonObject name) {
            displayName = string(name, "formatted");
            if (displayName == null) {
                String given = string(name, "givenName");
                String family = string(name, "familyName");
                displayName = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            }
        }
        boolean active = !resource.containsKey("active") || bool(resource.get("active"), "active");
        return new ScimUser(userName, displayName, string(resource, "externalId"), active).validated();
    }

    /** The same person, cleaned (trimmed, e-mail in lower case, display name defaulting to the e-mail), or 400. */
    public ScimUser validated() {
        String email = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        if (looksLikeNationalIdentityNumber(email) || looksLikeNationalIdentityNumber(externalId)) {
            throw ScimException.badRequest("invalidValue",
                    "a national identity number (fødselsnummer) is never stored: use another userName or externalId");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw ScimException.badRequest("invalidValue", "userName must be the person's e-mail address");
        }
        String name = displayName == null || displayName.isBlank() ? email : displayName.strip();
        if (name.length() > 200) {
            throw ScimException.badRequest("invalidValue", "displayName is longer than 200 characters");
        }
        String external = externalId == null || externalId.isBlank() ? null : externalId.strip();
        if (external != null && external.length() > 200) {
            throw ScimException.badRequest("invalidValue", "externalId is longer than 200 characters");
        }
        return new ScimUser(email, name, external, active);
    }

    public static boolean looksLikeNationalIdentityNumber(String value) {
        return value != null && NATIONAL_ID.matcher(value).find();
    }

    public ScimUser withUserName(String value) {
        return new ScimUser(value, displayName, externalId, active);
    }

    public ScimUser withDisplayName(String value) {
        return new ScimUser(userName, value, externalId, active);
    }

    public ScimUser withExternalId(String value) {
        return new ScimUser(userName, displayName, value, active);
    }

    public ScimUser withActive(boolean value) {
        return new ScimUser(userName, displayName, externalId, value);
    }

    static void requireSchema(JsonObject resource, String schema) {
        if (!(resource.get("schemas") instanceof JsonArray schemas)
                || schemas.stream().noneMatch(s -> s instanceof JsonString js && js.getString().equals(schema))) {
            throw ScimException.badRequest("invalidValue", "schemas must contain " + schema);
        }
    }

    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ScimException.badRequest("invalidValue", key + " must be a string");
    }

    /** A boolean; "True"/"False" strings are accepted as well, as Entra ID sends them in PATCH. */
    static boolean bool(JsonValue value, String key) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString s && (s.getString().equalsIgnoreCase("true") || s.getString().equalsIgnoreCase("false"))) {
            return s.getString().equalsIgnoreCase("true");
        }
        throw ScimException.badRequest("invalidValue", key + " must be true or false");
    }
}
