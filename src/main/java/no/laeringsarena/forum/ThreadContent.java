package no.laeringsarena.forum;

import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.content.ContentReference;

/**
 * A seed forum thread as written in the content folder: attributed to an organisation ("Innspill fra en kommune
 * i sammenslåing"), never to a named person; with its free tags (emneord, normalised).
 */
public record ThreadContent(String title, ContentReference category, String organisation, LocalDate date,
                            String bodyMarkdown, List<String> tags) {

    public ThreadContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
