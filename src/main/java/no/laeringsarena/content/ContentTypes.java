package no.laeringsarena.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The item types the content folder may use, by their {@code type:} value. */
public final class ContentTypes {

    private final Map<String, ContentTypeHandler<?>> byType = new LinkedHashMap<>();

    private ContentTypes(Collection<? extends ContentTypeHandler<?>> handlers) {
        List<ContentTypeHandler<?>> sorted = new ArrayList<>(handlers);
        sorted.sort(Comparator.<ContentTypeHandler<?>>comparingInt(ContentTypeHandler::importOrder)
                .thenComparing(ContentTypeHandler::type));
        for (ContentTypeHandler<?> handler : sorted) {
            if (byType.putIfAbsent(handler.type(), handler) != null) {
                throw new IllegalStateException("Two content types are called '" + handler.type() + "'");
            }
        }
    }

    /** The types registered in {@code META-INF/services/no.laeringsarena.content.ContentTypeHandler}. */
    public static ContentTypes discover() {
        List<ContentTypeHandler<?>> handlers = new ArrayList<>();
        for (ContentTypeHandler<?> handler : ServiceLoader.load(ContentTypeHandler.class,
                ContentTypeHandler.class.getClassLoader())) {
            handlers.add(handler);
        }
        return new ContentTypes(handlers);
    }

    public static ContentTypes of(ContentTypeHandler<?>... handlers) {
        return new ContentTypes(List.of(handlers));
    }

    public Optional<ContentTypeHandler<?>> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** In import order. */
    public List<ContentTypeHandler<?>> all() {
        return List.copyOf(byType.values());
    }

    /** "sektor, tema, omrade, forumkategori" */
    public String names() {
        return String.join(", ", byType.keySet());
    }

    public int importOrder(String type) {
        ContentTypeHandler<?> handler = byType.get(type);
        return handler == null ? Integer.MAX_VALUE : handler.importOrder();
    }
}
