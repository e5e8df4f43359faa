package no.laeringsarena.content;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * One item type of the content folder ({@code sektor}, {@code forumkategori}, ...): how its front matter
 * is read, which other items it points to, and how it is saved. Adding a type means writing one of these
 * in the capability that owns the data and listing it in
 * {@code META-INF/services/no.laeringsarena.content.ContentTypeHandler}; the parser and importer need no change.
 *
 * <p>{@link #parse} must be pure (no database): the build's tests run it over the whole content folder.
 * {@link #currentVersion} and {@link #write} run inside the importer's transaction for one item.
 *
 * @param <T> what the type's front matter and body are read into
 */
public interface ContentTypeHandler<T> {

    /** The value of {@code type:} in the front matter, e.g. {@code sektor}. */
    String type();

    /** What an editor should know about the type, for error messages listing the known types. */
    String description();

    /**
     * Types with a lower number are imported first, so that what an item points to already exists
     * (sectors before their sub-areas, taxonomy before forum categories).
     */
    int importOrder();

    /**
     * Reads the type's own fields ({@code type} and {@code key} are already read). Problems go to
     * {@code fields.error(...)} or come from its typed readers; return what could be read (nulls allowed):
     * an item with any problem is not imported.
     */
    T parse(FrontMatterFields fields, String bodyMarkdown);

    /** The other items this item names; the parser checks that each exists. */
    default List<ContentReference> references(T data) {
        return List.of();
    }

    /** The optimistic-lock version of the saved row with this key, or null when there is none. */
    Long currentVersion(EntityManager em, String key);

    /** Inserts or updates the row with this key, flushes, and returns its version afterwards. */
    long write(EntityManager em, String key, T data);
}
