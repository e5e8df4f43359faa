package no.laeringsarena.content;

/**
 * One parsed, valid item of the content folder.
 *
 * @param handler     its type
 * @param key         its stable key, unique within the type
 * @param path        the file it came from
 * @param keyLine     the line of {@code key:} in that file, for messages
 * @param contentHash SHA-256 (hex) of the file's normalised text: the importer's "has the file changed?"
 * @param force       {@code tving-import: true}: overwrite even what was edited in the UI
 * @param data        the type's own fields
 */
public record ContentItem<T>(ContentTypeHandler<T> handler, String key, String path, int keyLine,
                             String contentHash, boolean force, T data) {

    public String type() {
        return handler.type();
    }

    /** "sektor 'helse-og-velferd'" */
    public String label() {
        return type() + " '" + key + "'";
    }
}
