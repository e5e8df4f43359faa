package no.laeringsarena.assessment;

import java.util.List;
import no.laeringsarena.content.ContentReference;

/** A course's question bank as read from {@code content/sporsmalsbanker/<key>.md}: its course, title and questions. */
public record QuestionBankContent(ContentReference course, String title, List<QuestionContent> questions) {
}
