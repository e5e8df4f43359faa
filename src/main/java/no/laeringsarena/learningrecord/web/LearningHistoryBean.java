package no.laeringsarena.learningrecord.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.learningrecord.HistoryLine;
import no.laeringsarena.learningrecord.LearningHistory;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/** "Min læringshistorikk": the logged-in user's statements in plain language, newest first. */
@Named("learningHistory")
@RequestScoped
public class LearningHistoryBean {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    CurrentUser currentUser;

    @Inject
    LearningHistory history;

    @Inject
    LanguageSelection language;

    /** One row of the page, already in words. */
    public record Row(String when, String sentence, String outcome) {
    }

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Locale locale = language.getLocale();
            rows = currentUser.account()
                    .map(a -> history.linesOf(a.getId(), locale.getLanguage()).stream().map(l -> row(l, locale)).toList())
                    .orElse(List.of());
        }
        return rows;
    }

    /** Where the JSON export is downloaded (served by {@link LearningHistoryExportServlet}). */
    public String getExportUrl() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/min-side/laeringshistorikk.json";
    }

    private static Row row(HistoryLine line, Locale locale) {
        String when = line.when() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(line.when().atZoneSameInstant(OSLO));
        StringBuilder outcome = new StringBuilder();
        if (line.success() != null) {
            outcome.append(Messages.text(locale, line.success() ? "history.passed" : "history.notPassed"));
        }
        if (line.raw() != null && line.max() != null) {
            if (!outcome.isEmpty()) {
                outcome.append(", ");
            }
            outcome.append(Messages.text(locale, "history.score", format(line.raw()), format(line.max())));
        }
        return new Row(when, HistorySentences.sentence(line, locale), outcome.toString());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
