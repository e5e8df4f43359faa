package no.laeringsarena.elearning.scorm;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetValue and SetValue of one SCORM edition's run-time data model, checked element by element the way the spec
 * says, with that edition's error codes. The same rules go to the browser as JSON ({@link #describe()}), where
 * {@code scorm-runtime.js} applies them to answer the SCO at once; the server applies them again to everything the
 * browser sends.
 */
public abstract class CmiDataModel {

    /**
     * The error code of each kind of refusal; 0 where the edition has none.
     *
     * @param badName          GetValue of an empty element name
     * @param unknown          not an element of the data model
     * @param noChildren       {@code x._children} of an element without children
     * @param noCount          {@code x._count} of something that is not a collection
     * @param keyword          setting {@code _children}, {@code _count} or {@code _version}
     * @param readOnly         setting a read-only element
     * @param writeOnly        reading a write-only element
     * @param badIndexGet      reading past the end of a collection
     * @param badIndexSet      setting more than one past the end of a collection, or SetValue of an empty name
     * @param type             a value not of the element's type
     * @param tooLong          a value longer than the element keeps
     * @param range            a number out of the element's range
     * @param dependency       set before the element it depends on
     * @param notInitialised   reading an element that has no value yet (0: answer "" without error)
     */
    public record Codes(int badName, int unknown, int noChildren, int noCount, int keyword, int readOnly, int writeOnly,
                        int badIndexGet, int badIndexSet, int type, int tooLong, int range, int dependency,
                        int notInitialised) {
    }

    private final Map<String, CmiElement> elements = new LinkedHashMap<>();
    private final Map<String, String> children = new LinkedHashMap<>();
    private final List<String> collections = new ArrayList<>();

    public abstract ScormVersion version();

    public abstract Codes codes();

    /** Every error code of the edition with its text, for GetErrorString. */
    public abstract Map<Integer, String> errorTexts();

    protected void element(CmiElement element) {
        elements.put(element.name(), element);
    }

    protected void children(String parent, String list) {
        children.put(parent, list);
    }

    protected void collection(String name) {
        collections.add(name);
    }

    public CmiElement definition(String element) {
        return elements.get(pattern(element));
    }

    public String get(CmiValues values, String element) throws CmiException {
        Codes codes = codes();
        if (element == null || element.isBlank()) {
            throw new CmiException(codes.badName(), "GetValue needs the name of an element");
        }
        if (element.endsWith("._children")) {
            String parent = element.substring(0, element.length() - "._children".length());
            String list = children.get(pattern(parent));
            if (list != null) {
                checkIndexes(values, parent, false);
                return list;
            }
            throw new CmiException(known(parent) ? codes.noChildren() : codes.unknown(), parent + " has no children");
        }
        if (element.endsWith("._count")) {
            String collection = element.substring(0, element.length() - "._count".length());
            if (collections.contains(pattern(collection))) {
                checkIndexes(values, collection, false);
                return String.valueOf(values.count(collection));
            }
            throw new CmiException(known(collection) ? codes.noCount() : codes.unknown(), collection + " is not a collection");
        }
        CmiElement definition = definition(element);
        if (definition == null) {
            throw new CmiException(codes.unknown(), element + " is not an element of the SCORM " + version().label()
                    + " data model");
        }
        if (definition.access() == CmiElement.Access.WRITE_ONLY) {
            throw new CmiException(codes.writeOnly(), element + " is write-only");
        }
        checkIndexes(values, element, false);
        String value = values.get(element);
        if (value == null) {
            if (codes.notInitialised() != 0) {
                throw new CmiException(codes.notInitialised(), element + " has no value yet");
            }
            return "";
        }
        return value;
    }

    public void set(CmiValues values, String element, String value) throws CmiException {
        Codes codes = codes();
        if (element == null || element.isBlank()) {
            throw new CmiException(codes.badIndexSet(), "SetValue needs the name of an element");
        }
        if (element.endsWith("._children") || element.endsWith("._count") || element.endsWith("._version")) {
            throw new CmiException(codes.keyword(), element + " is a keyword and cannot be set");
        }
        CmiElement definition = definition(element);
        if (definition == null) {
            throw new CmiException(codes.unknown(), element + " is not an element of the SCORM " + version().label()
                    + " data model");
        }
        if (definition.access() == CmiElement.Access.READ_ONLY) {
            throw new CmiException(codes.readOnly(), element + " is read-only");
        }
        String v = value == null ? "" : value;
        checkIndexes(values, element, true);
        if (definition.requires() != null) {
            String required = withIndexes(definition.requires(), element);
            if (!values.has(required)) {
                throw new CmiException(codes.dependency(), required + " must be set before " + element);
            }
        }
        switch (definition.type().check(v)) {
            case TYPE -> throw new CmiException(codes.type(), "'" + abbreviate(v) + "' is not a valid "
                    + definition.type().name() + " for " + element);
            case TOO_LONG -> throw new CmiException(codes.tooLong(), element + " keeps at most "
                    + definition.type().maxLength() + " characters, not " + v.length());
            case RANGE -> throw new CmiException(codes.range(), v + " is out of range for " + element + " ("
                    + definition.type().min() + " to " + definition.type().max() + ")");
            case NONE -> values.put(element, v);
        }
    }

    /** The rules as JSON for the browser runtime: elements, children lists, collections, error codes and texts. */
    public JsonObject describe() {
        JsonObjectBuilder els = Json.createObjectBuilder();
        elements.values().forEach(e -> {
            JsonObjectBuilder d = Json.createObjectBuilder().add("access", e.access().name());
            if (e.type() != null) {
                JsonObjectBuilder t = Json.createObjectBuilder().add("name", e.type().name());
                JsonArrayBuilder vocabulary = Json.createArrayBuilder();
                e.type().vocabulary().forEach(vocabulary::add);
                t.add("vocabulary", vocabulary);
                if (e.type().pattern() != null) {
                    t.add("pattern", e.type().pattern());
                }
                t.add("maxLength", e.type().maxLength());
                if (e.type().min() != null) {
                    t.add("min", e.type().min());
                }
                if (e.type().max() != null) {
                    t.add("max", e.type().max());
                }
                d.add("type", t);
            }
            if (e.requires() != null) {
                d.add("requires", e.requires());
            }
            els.add(e.name(), d);
        });
        JsonObjectBuilder kids = Json.createObjectBuilder();
        children.forEach(kids::add);
        JsonArrayBuilder cols = Json.createArrayBuilder();
        collections.forEach(cols::add);
        Codes c = codes();
        JsonObjectBuilder codes = Json.createObjectBuilder().add("badName", c.badName()).add("unknown", c.unknown())
                .add("noChildren", c.noChildren()).add("noCount", c.noCount()).add("keyword", c.keyword())
                .add("readOnly", c.readOnly()).add("writeOnly", c.writeOnly()).add("badIndexGet", c.badIndexGet())
                .add("badIndexSet", c.badIndexSet()).add("type", c.type()).add("tooLong", c.tooLong())
                .add("range", c.range()).add("dependency", c.dependency()).add("notInitialised", c.notInitialised());
        JsonObjectBuilder texts = Json.createObjectBuilder();
        errorTexts().forEach((code, text) -> texts.add(String.valueOf(code), text));
        return Json.createObjectBuilder().add("version", version().label()).add("elements", els).add("children", kids)
                .add("collections", cols).add("codes", codes).add("errors", texts).build();
    }

    /** The element's name with every numeric segment replaced by {@code n}. */
    static String pattern(String element) {
        StringBuilder s = new StringBuilder();
        for (String segment : element.split("\\.", -1)) {
            if (!s.isEmpty()) {
                s.append('.');
            }
            s.append(segment.matches("\\d{1,6}") ? "n" : segment);
        }
        return s.toString();
    }

    private boolean known(String element) {
        String p = pattern(element);
        return elements.containsKey(p) || children.containsKey(p) || collections.contains(p)
                || elements.keySet().stream().anyMatch(k -> k.startsWith(p + "."));
    }

    /** Each index must name an existing entry; when setting, the last may be one past the end (a new entry). */
    private void checkIndexes(CmiValues values, String element, boolean setting) throws CmiException {
        String[] segments = element.split("\\.");
        StringBuilder prefix = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].matches("\\d+")) {
                if (segments[i].length() > 6 || (segments[i].length() > 1 && segments[i].startsWith("0"))) {
                    throw new CmiException(setting ? codes().badIndexSet() : codes().badIndexGet(),
                            segments[i] + " is not a valid index in " + element);
                }
                int index = Integer.parseInt(segments[i]);
                int count = values.count(prefix.toString());
                boolean lastIndex = java.util.Arrays.stream(segments, i + 1, segments.length).noneMatch(s -> s.matches("\\d+"));
                if (index > count || (index == count && !(setting && lastIndex))) {
                    throw new CmiException(setting ? codes().badIndexSet() : codes().badIndexGet(),
                            prefix + " has " + count + " entries; index " + index + " is out of sequence");
                }
            }
            prefix.append('.').append(segments[i]);
        }
    }

    private static String withIndexes(String requiredPattern, String element) {
        List<String> indexes = new ArrayList<>();
        for (String segment : element.split("\\.")) {
            if (segment.matches("\\d+")) {
                indexes.add(segment);
            }
        }
        StringBuilder s = new StringBuilder();
        int next = 0;
        for (String segment : requiredPattern.split("\\.")) {
            if (!s.isEmpty()) {
                s.append('.');
            }
            s.append(segment.equals("n") && next < indexes.size() ? indexes.get(next++) : segment);
        }
        return s.toString();
    }

    private static String abbreviate(String v) {
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }
}
