package no.laeringsarena.identity.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 7644 §3.5.2 PATCH requests ({@code add}, {@code replace}, {@code remove}) applied to a User or to a Group's
 * name and members — with what Entra ID actually sends: capitalised operations, {@code "False"} as a string, and
 * {@code replace} without a path carrying an object of attributes. Nothing is applied unless every operation is valid.
 */
public final class ScimPatch {

    /** What a Group PATCH changes: a new name, members to remove (or all of them), members to add. */
    public record GroupChanges(String newName, boolean removeAllMembers, Set<String> removeMembers, Set<String> addMembers) {
    }

    private static final Pattern MEMBER_PATH = Pattern.compile("(?i)^members\\[\\s*value\\s+eq\\s+\"([^\"]*)\"\\s*]$");
    private static final Pattern EMAIL_PATH = Pattern.compile("(?i)^emails(\\[[^]]*])?(\\.value)?$");

    private ScimPatch() {
    }

    /** The person after the operations (not validated yet: {@link ScimUser#validated()} judges the result). */
    public static ScimUser applyToUser(ScimUser user, JsonObject request) {
        ScimUser result = user;
        for (JsonObject operation : operations(request)) {
            String op = op(operation);
            String path = path(operation);
            JsonValue value = operation.get("value");
            if (path == null) {
                if (op.equals("remove")) {
                    throw ScimException.badRequest("noTarget", "remove needs a path");
                }
                if (!(value instanceof JsonObject attributes)) {
                    throw ScimException.badRequest("invalidValue", "without a path the value must be an object of attributes");
                }
                for (Map.Entry<String, JsonValue> attribute : attributes.entrySet()) {
                    result = setUserAttribute(result, attribute.getKey(), attribute.getValue());
                }
            } else if (op.equals("remove")) {
                result = switch (userAttribute(path)) {
                    case "externalId" -> result.withExternalId(null);
                    case "displayName" -> result.withDisplayName(null);
                    default -> throw ScimException.badRequest("mutability", path + " is required and cannot be removed");
                };
            } else {
                if (value == null) {
                    throw ScimException.badRequest("invalidValue", op + " of " + path + " needs a value");
                }
                result = setUserAttribute(result, path, value);
            }
        }
        return result;
    }

    private static ScimUser setUserAttribute(ScimUser user, String path, JsonValue value) {
        return switch (userAttribute(path)) {
            case "userName" -> user.withUserName(text(value, path));
            case "displayName" -> user.withDisplayName(text(value, path));
            case "externalId" -> user.withExternalId(text(value, path));
            case "active" -> user.withActive(ScimUser.bool(value, path));
            case "emails" -> user.withUserName(primaryEmail(value, path));
            case "name" -> value instanceof JsonObject name && name.get("formatted") != null
                    ? user.withDisplayName(text(name.get("formatted"), "name.formatted")) : user;
            default -> throw new IllegalStateException();
        };
    }

    /** The attribute a path names, canonically spelt; the core User schema prefix is allowed. */
    private static String userAttribute(String path) {
        String bare = path.strip();
        String prefix = ScimSchemas.USER + ":";
        if (bare.regionMatches(true, 0, prefix, 0, prefix.length())) {
            bare = bare.substring(prefix.length());
        }
        if (EMAIL_PATH.matcher(bare).matches()) {
            return "emails";
        }
        return switch (bare.toLowerCase(Locale.ROOT)) {
            case "username" -> "userName";
            case "displayname", "name.formatted" -> "displayName";
            case "externalid" -> "externalId";
            case "active" -> "active";
            case "name" -> "name";
            default -> throw ScimException.badRequest("invalidPath", "'" + path + "' cannot be changed here");
        };
    }

    private static String primaryEmail(JsonValue value, String path) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonArray emails) {
            JsonObject chosen = null;
            for (JsonValue email : emails) {
                if (email instanceof JsonObject e && (chosen == null || e.getBoolean("primary", false))) {
                    chosen = e;
                }
            }
            if (chosen != null && chosen.get("value") != null) {
                return text(chosen.get("value"), path);
            }
        }
        throw ScimException.badRequest("invalidValue", path + " must carry an e-mail address");
    }

    /** A Group PATCH: displayName, and members added, removed or replaced (by user id). */
    public static GroupChanges applyToGroup(JsonObject request) {
        String newName = null;
        boolean removeAll = false;
        Set<String> remove = new LinkedHashSet<>();
        Set<String> add = new LinkedHashSet<>();
        for (JsonObject operation : operations(request)) {
            String op = op(operation);
            String path = path(operation);
            JsonValue value = operation.get("value");
            if (path == null) {
                if (op.equals("remove") || !(value instanceof JsonObject attributes)) {
                    throw ScimException.badRequest("noTarget", "without a path, add and replace need an object of attributes");
                }
                for (Map.Entry<String, JsonValue> attribute : attributes.entrySet()) {
                    if (attribute.getKey().equalsIgnoreCase("displayName")) {
                        newName = text(attribute.getValue(), "displayName");
                    } else if (attribute.getKey().equalsIgnoreCase("members")) {
                        if (op.equals("replace")) {
                            removeAll = true;
                            remove.clear();
                        }
                        add.addAll(memberIds(attribute.getValue()));
                    } else {
                        throw ScimException.badRequest("invalidPath", "'" + attribute.getKey() + "' cannot be changed here");
                    }
                }
                continue;
            }
            Matcher member = MEMBER_PATH.matcher(path.strip());
            if (member.matches()) {
                if (!op.equals("remove")) {
                    throw ScimException.badRequest("invalidPath", "use the path 'members' to add members");
                }
                remove.add(member.group(1));
                add.remove(member.group(1));
            } else if (path.strip().equalsIgnoreCase("members")) {
                switch (op) {
                    case "add" -> add.addAll(memberIds(value));
                    case "replace" -> {
                        removeAll = true;
                        remove.clear();
                        add.clear();
                        add.addAll(memberIds(value));
                    }
                    default -> {
                        if (value == null) {
                            removeAll = true;
                            add.clear();
                        } else {
                            List<String> ids = memberIds(value);
                            remove.addAll(ids);
                            ids.forEach(add::remove);
                        }
                    }
                }
            } else if (path.strip().equalsIgnoreCase("displayName")) {
                if (op.equals("remove")) {
                    throw ScimException.badRequest("mutability", "displayName is required and cannot be removed");
                }
                newName = text(value, "displayName");
            } else {
                throw ScimException.badRequest("invalidPath", "'" + path + "' cannot be changed here");
            }
        }
        return new GroupChanges(newName, removeAll, Set.copyOf(remove), Set.copyOf(add));
    }

    /** The ids in a list of {"value": id} objects. */
    public static List<String> memberIds(JsonValue value) {
        if (!(value instanceof JsonArray members)) {
            throw ScimException.badRequest("invalidValue", "members must be a list of {\"value\": \"<user id>\"}");
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue member : members) {
            if (!(member instanceof JsonObject m) || !(m.get("value") instanceof JsonString id)) {
                throw ScimException.badRequest("invalidValue", "members must be a list of {\"value\": \"<user id>\"}");
            }
            ids.add(id.getString());
        }
        return ids;
    }

    private static List<JsonObject> operations(JsonObject request) {
        ScimUser.requireSchema(request, ScimSchemas.PATCH_OP);
        JsonValue operations = request.get("Operations");
        if (!(operations instanceof JsonArray list) || list.isEmpty()) {
            throw ScimException.badRequest("invalidSyntax", "Operations must be a non-empty list");
        }
        List<JsonObject> result = new ArrayList<>();
        for (JsonValue operation : list) {
            if (!(operation instanceof JsonObject o)) {
                throw ScimException.badRequest("invalidSyntax", "each operation must be an object");
            }
            result.add(o);
        }
        return result;
    }

    private static String op(JsonObject operation) {
        String op = ScimUser.string(operation, "op");
        String normal = op == null ? "" : op.toLowerCase(Locale.ROOT);
        if (!Set.of("add", "replace", "remove").contains(normal)) {
            throw ScimException.badRequest("invalidSyntax", "op must be add, replace or remove, not " + op);
        }
        return normal;
    }

    private static String path(JsonObject operation) {
        String path = ScimUser.string(operation, "path");
        return path == null || path.isBlank() ? null : path;
    }

    private static String text(JsonValue value, String path) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        throw ScimException.badRequest("invalidValue", path + " must be a string");
    }
}
