package no.laeringsarena.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The fields of one file's front matter, read the way item types need them. Every problem becomes a
 * {@link ContentError} with the file, line and column of the field (or of the closing {@code ---} for a
 * missing field) and is collected, never thrown: a type's parser reads all its fields and the parser then
 * reports every problem in the file at once. A field no one read is reported as unknown (usually a typo).
 */
public final class FrontMatterFields {

    /** What a key looks like: lower-case letters a–z, digits and single hyphens (æ→ae, ø→o, å→a). */
    public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

    private final String path;
    private final int lineOffset;
    private final int missingFieldLine;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final List<ContentError> errors;

    FrontMatterFields(String path, FrontMatter frontMatter, MappingNode root, List<ContentError> errors) {
        this.path = path;
        this.lineOffset = frontMatter.yamlFirstLine();
        this.missingFieldLine = frontMatter.closingLine();
        this.errors = errors;
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode name) {
                NodeTuple earlier = fields.putIfAbsent(name.getValue(), tuple);
                if (earlier != null) {
                    error(name, "'" + name.getValue() + "' står to ganger (første gang på linje "
                            + line(earlier.getKeyNode()) + ")");
                }
            } else {
                error(tuple.getKeyNode(), "feltnavn må være tekst");
            }
        }
    }

    public String path() {
        return path;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** A required text (any scalar: {@code navn: 2020} is the text "2020"). */
    public String requiredText(String field) {
        String value = optionalText(field);
        if (value == null && !has(field)) {
            missing(field);
        }
        return value;
    }

    /** An optional text; null when absent. An empty value is an error. */
    public String optionalText(String field) {
        Node node = value(field);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            error(node, "'" + field + "' skal være en tekst" + found(node));
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            error(node, "'" + field + "' er tom");
            return null;
        }
        return text;
    }

    /** A required key (slug) naming this item. */
    public String requiredKey(String field) {
        String key = requiredText(field);
        if (key != null && !KEY.matcher(key).matches()) {
            error(value(field), "'" + field + "' skal bare ha små bokstaver a–z, tall og bindestrek (æ→ae, ø→o, å→a), "
                    + "f.eks. 'helse-og-velferd'; fant '" + key + "'");
            return null;
        }
        return key;
    }

    /** A required reference to another item's key (e.g. {@code parent: helse-og-velferd}). */
    public ContentReference requiredReference(String field, String targetType) {
        ContentReference reference = optionalReference(field, targetType);
        if (reference == null && !has(field)) {
            missing(field);
        }
        return reference;
    }

    /** An optional reference to another item's key; null when absent. */
    public ContentReference optionalReference(String field, String targetType) {
        Node node = value(field);
        if (node == null) {
            return null;
        }
        String key = keyText(field, node);
        return key == null ? null : reference(field, targetType, key, node);
    }

    /** References given as one key or a list of keys ({@code tema: [kompetanse, digital-dialog]}); empty when absent. */
    public List<ContentReference> referenceList(String field, String targetType) {
        Node node = value(field);
        List<ContentReference> references = new ArrayList<>();
        if (node == null) {
            return references;
        }
        for (Node element : elements(field, node)) {
            String key = keyText(field, element);
            if (key != null) {
                references.add(reference(field, targetType, key, element));
            }
        }
        return references;
    }

    /** Texts given as one text or a list of texts; empty when absent. */
    public List<String> textList(String field) {
        Node node = value(field);
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        for (Node element : elements(field, node)) {
            if (element instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)
                    && !scalar.getValue().isBlank()) {
                texts.add(scalar.getValue().strip());
            } else {
                error(element, "hvert element i '" + field + "' skal være en tekst" + found(element));
            }
        }
        return texts;
    }

    /**
     * Names in three languages: {@code navn: {nb: ..., nn: ..., en: ...}} with nb required, or just
     * {@code navn: ...} for bokmål only.
     */
    public LocalizedText requiredLocalizedText(String field) {
        Node node = value(field);
        if (node == null) {
            missing(field);
            return null;
        }
        if (node instanceof ScalarNode) {
            String nb = optionalText(field);
            return nb == null ? null : LocalizedText.bokmal(nb);
        }
        if (!(node instanceof MappingNode mapping)) {
            error(node, "'" + field + "' skal være en tekst eller nb/nn/en, f.eks. '" + field + ": {nb: ..., nn: ..., en: ...}'");
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (language == null || !LANGUAGES.contains(language)) {
                error(tuple.getKeyNode(), "ukjent språk i '" + field + "': bruk nb, nn eller en");
                ok = false;
            } else if (!(tuple.getValueNode() instanceof ScalarNode text) || text.getTag().equals(Tag.NULL)
                    || text.getValue().isBlank()) {
                error(tuple.getValueNode(), "'" + field + "." + language + "' skal være en tekst som ikke er tom");
                ok = false;
            } else if (byLanguage.putIfAbsent(language, text.getValue().strip()) != null) {
                error(tuple.getKeyNode(), "'" + field + "." + language + "' står to ganger");
                ok = false;
            }
        }
        if (!byLanguage.containsKey("nb")) {
            if (ok) {
                error(node, "'" + field + ".nb' (bokmål) mangler; nn og en er valgfrie");
            }
            return null;
        }
        return new LocalizedText(byLanguage.get("nb"), byLanguage.get("nn"), byLanguage.get("en"));
    }

    /** An optional whole number. */
    public int optionalInt(String field, int defaultValue) {
        Node node = value(field);
        if (node == null) {
            return defaultValue;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.parseInt(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException tooBig) {
                // fall through to the error
            }
        }
        error(node, "'" + field + "' skal være et heltall" + found(node));
        return defaultValue;
    }

    /** An optional yes/no written as {@code true} or {@code false}. */
    public boolean optionalBoolean(String field, boolean defaultValue) {
        Node node = value(field);
        if (node == null) {
            return defaultValue;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        error(node, "'" + field + "' skal være true eller false" + found(node));
        return defaultValue;
    }

    /** The file line of a field's value (or of the closing fence if the field is absent). */
    public int lineOf(String field) {
        Node node = value(field);
        return node == null ? missingFieldLine : line(node);
    }

    /** Reports a problem with a field the type's parser found itself (e.g. a rule between two fields). */
    public void error(String field, String message) {
        Node node = value(field);
        if (node == null) {
            errors.add(ContentError.at(path, missingFieldLine, message));
        } else {
            error(node, message);
        }
    }

    /** Reports a problem with the Markdown body (at the closing {@code ---}, which the body follows). */
    public void bodyError(String message) {
        errors.add(ContentError.at(path, missingFieldLine, message));
    }

    /** Reports every field no one asked for: usually a misspelt field name. */
    void reportUnknownFields() {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            if (!read.contains(field.getKey())) {
                error(field.getValue().getKeyNode(), "ukjent felt '" + field.getKey() + "'");
            }
        }
    }

    private Node value(String field) {
        read.add(field);
        NodeTuple tuple = fields.get(field);
        return tuple == null ? null : tuple.getValueNode();
    }

    private List<Node> elements(String field, Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        error(node, "'" + field + "' skal være en tekst eller en liste");
        return List.of();
    }

    private String keyText(String field, Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)
                && KEY.matcher(scalar.getValue().strip()).matches()) {
            return scalar.getValue().strip();
        }
        error(node, "'" + field + "' skal være en nøkkel (små bokstaver a–z, tall og bindestrek)" + found(node));
        return null;
    }

    private ContentReference reference(String field, String targetType, String key, Node node) {
        return new ContentReference(field, targetType, key, path, line(node), column(node));
    }

    private void missing(String field) {
        errors.add(ContentError.at(path, missingFieldLine, "'" + field + "' mangler"));
    }

    private void error(Node node, String message) {
        errors.add(new ContentError(path, line(node), column(node), message));
    }

    private int line(Node node) {
        Optional<Mark> mark = node.getStartMark();
        return mark.map(m -> m.getLine() + lineOffset).orElse(missingFieldLine);
    }

    private static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    private static String found(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? "; verdien er tom" : "; fant '" + scalar.getValue() + "'";
        }
        return node instanceof SequenceNode ? "; fant en liste" : "; fant en gruppe med felt";
    }
}
