package no.laeringsarena.learningrecord.web;

import java.util.Locale;
import no.laeringsarena.learningrecord.HistoryLine;
import no.laeringsarena.platform.web.Messages;

/** A history line in plain words: "Du fullførte kurset «…»", "Du bestod testen «…»". */
public final class HistorySentences {

    /** Keys history.kind.&lt;LearningObjectKind&gt; and history.verb.&lt;LearningVerb&gt;, one per constant. */
    static final String KIND_PREFIX = "history.kind.";
    static final String VERB_PREFIX = "history.verb.";

    private HistorySentences() {
    }

    public static String sentence(HistoryLine line, Locale locale) {
        String kindKey = KIND_PREFIX + (line.kind() == null ? "OTHER" : line.kind().name());
        String object = Messages.text(locale, kindKey, line.objectName());
        return line.verb() == null
                ? Messages.text(locale, "history.verb.OTHER", object, line.verbDisplay())
                : Messages.text(locale, VERB_PREFIX + line.verb().name(), object);
    }
}
