package no.laeringsarena.content;

/**
 * A field in one item that names another item by its key, e.g. a sub-area's {@code parent: helse-og-velferd}
 * naming an item of type {@code sektor}. The parser checks that the named item exists in the content folder
 * and reports {@code path:line:column} of the field when it does not.
 */
public record ContentReference(String field, String targetType, String targetKey, String path, int line, int column) {

    /** The references that are there, in order: optional fields (a sector, a theme) leave out the ones not given. */
    public static java.util.List<ContentReference> present(ContentReference... references) {
        return java.util.Arrays.stream(references).filter(java.util.Objects::nonNull).toList();
    }
}
