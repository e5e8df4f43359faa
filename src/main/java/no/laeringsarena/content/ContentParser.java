package no.laeringsarena.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads content files into items, without a database. Each file is read on its own (a broken file does not
 * stop the others); then the items are checked together: no key used twice within a type, and every
 * reference ({@code parent: ...}) names an item that exists. All problems come back together, each with
 * file and line.
 */
public final class ContentParser {

    /** Fields every item has, read here rather than by the type. */
    public static final String TYPE = "type";
    public static final String KEY = "key";
    public static final String FORCE = "tving-import";

    private final ContentTypes types;

    public ContentParser(ContentTypes types) {
        this.types = types;
    }

    /** The result of reading a whole folder: the valid items (in import order) and every problem found. */
    public record Result(List<ContentItem<?>> items, List<ContentError> errors, Set<String> pathsWithErrors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The result of reading one file: an item, or the problems that stopped it. */
    public record FileResult(Optional<ContentItem<?>> item, List<ContentError> errors) {
    }

    public Result parseAll(Collection<ContentFile> files) {
        List<ContentFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(ContentFile::path));
        List<ContentError> errors = new ArrayList<>();
        List<ContentItem<?>> items = new ArrayList<>();
        for (ContentFile file : sorted) {
            FileResult result = parse(file);
            errors.addAll(result.errors());
            result.item().ifPresent(items::add);
        }
        items = withoutDuplicateKeys(items, errors);
        items = withValidReferences(items, errors);
        items.sort(Comparator.<ContentItem<?>>comparingInt(i -> types.importOrder(i.type()))
                .thenComparing(ContentItem::path));
        Set<String> pathsWithErrors = new HashSet<>();
        errors.forEach(e -> pathsWithErrors.add(e.path()));
        return new Result(List.copyOf(items), List.copyOf(errors), Set.copyOf(pathsWithErrors));
    }

    public FileResult parse(ContentFile file) {
        List<ContentError> errors = new ArrayList<>();
        FrontMatter frontMatter;
        MappingNode root;
        try {
            frontMatter = FrontMatter.split(file);
            root = compose(file.path(), frontMatter);
        } catch (ContentFileException e) {
            return new FileResult(Optional.empty(), List.of(e.error()));
        }
        FrontMatterFields fields = new FrontMatterFields(file.path(), frontMatter, root, errors);
        String type = fields.requiredText(TYPE);
        String key = fields.requiredKey(KEY);
        boolean force = fields.optionalBoolean(FORCE, false);
        if (type == null) {
            fields.reportUnknownFields();
            return new FileResult(Optional.empty(), errors);
        }
        Optional<ContentTypeHandler<?>> handler = types.find(type);
        if (handler.isEmpty()) {
            fields.error(TYPE, "ukjent type '" + type + "'; kjente typer er: " + types.names());
            return new FileResult(Optional.empty(), errors);
        }
        ContentItem<?> item = read(handler.get(), fields, frontMatter, key, force, file);
        fields.reportUnknownFields();
        return errors.isEmpty() ? new FileResult(Optional.of(item), List.of()) : new FileResult(Optional.empty(), errors);
    }

    private static <T> ContentItem<T> read(ContentTypeHandler<T> handler, FrontMatterFields fields,
                                           FrontMatter frontMatter, String key, boolean force, ContentFile file) {
        T data = handler.parse(fields, frontMatter.body());
        return new ContentItem<>(handler, key, file.path(), fields.lineOf(KEY), sha256(file.normalizedText()), force, data);
    }

    private static MappingNode compose(String path, FrontMatter frontMatter) throws ContentFileException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10)
                .build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(frontMatter.yaml());
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + frontMatter.yamlFirstLine()).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ContentFileException(new ContentError(path, line, column,
                    "ugyldig YAML i front matter: " + problem + context));
        } catch (YamlEngineException e) {
            throw new ContentFileException(ContentError.at(path, frontMatter.yamlFirstLine(),
                    "ugyldig YAML i front matter: " + e.getMessage()));
        }
        if (node.isEmpty()) {
            throw new ContentFileException(ContentError.at(path, 1, "front matter er tom: 'type', 'key' og 'navn' mangler"));
        }
        if (!(node.get() instanceof MappingNode mapping)) {
            int line = node.get().getStartMark().map(m -> m.getLine() + frontMatter.yamlFirstLine()).orElse(1);
            throw new ContentFileException(ContentError.at(path, line,
                    "front matter skal være felt på formen 'navn: verdi', ett per linje"));
        }
        return mapping;
    }

    /** A key used by two files of the same type is an error in the later file naming the first; neither is imported. */
    private static List<ContentItem<?>> withoutDuplicateKeys(List<ContentItem<?>> items, List<ContentError> errors) {
        Map<String, List<ContentItem<?>>> byTypeAndKey = new LinkedHashMap<>();
        for (ContentItem<?> item : items) {
            byTypeAndKey.computeIfAbsent(item.type() + "\u0000" + item.key(), k -> new ArrayList<>()).add(item);
        }
        List<ContentItem<?>> unique = new ArrayList<>();
        for (List<ContentItem<?>> same : byTypeAndKey.values()) {
            if (same.size() == 1) {
                unique.add(same.get(0));
                continue;
            }
            ContentItem<?> first = same.get(0);
            for (ContentItem<?> other : same.subList(1, same.size())) {
                errors.add(ContentError.at(other.path(), other.keyLine(),
                        "nøkkelen '" + other.key() + "' er brukt av to filer av typen '" + other.type() + "': "
                                + first.path() + ":" + first.keyLine() + " og " + other.path() + ":" + other.keyLine()
                                + "; ingen av dem importeres før den ene får en annen nøkkel"));
            }
        }
        return unique;
    }

    /** Items whose references name no item of the content folder are errors (at the reference's line). */
    private List<ContentItem<?>> withValidReferences(List<ContentItem<?>> items, List<ContentError> errors) {
        Map<String, Set<String>> keysByType = new HashMap<>();
        for (ContentItem<?> item : items) {
            keysByType.computeIfAbsent(item.type(), t -> new HashSet<>()).add(item.key());
        }
        List<ContentItem<?>> valid = new ArrayList<>();
        for (ContentItem<?> item : items) {
            boolean ok = true;
            for (ContentReference ref : references(item)) {
                if (!keysByType.getOrDefault(ref.targetType(), Set.of()).contains(ref.targetKey())) {
                    errors.add(new ContentError(ref.path(), ref.line(), ref.column(),
                            "'" + ref.field() + "' viser til " + ref.targetType() + " '" + ref.targetKey()
                                    + "', som ikke finnes i content/ (se etter skrivefeil, eller en fil med feil)"));
                    ok = false;
                }
            }
            if (ok) {
                valid.add(item);
            }
        }
        return valid;
    }

    private static <T> List<ContentReference> references(ContentItem<T> item) {
        return item.handler().references(item.data());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
