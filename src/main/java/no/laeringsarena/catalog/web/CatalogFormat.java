package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/** Dates, hours, durations and Markdown for the course pages, in the visitor's language. */
@Named("catalogFormat")
@RequestScoped
public class CatalogFormat {

    @Inject
    LanguageSelection language;

    @Inject
    MarkdownRenderer markdown;

    /** "3. mars 2025"; empty for none. */
    public String date(TemporalAccessor date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d. MMMM yyyy", language.getLocale()).format(date);
    }

    public String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** A bundle text with one argument, e.g. "{0} % fullført". */
    public String message(String key, Object argument) {
        return Messages.text(language.getLocale(), key, plain(argument));
    }

    public String message2(String key, Object first, Object second) {
        return Messages.text(language.getLocale(), key, plain(first), plain(second));
    }

    // numbers as plain text: no thousands separators in "Leksjon 3 av 7"
    private static Object plain(Object argument) {
        return argument instanceof Number ? argument.toString() : argument;
    }

    /** Where a lesson's video, captions or document is: an uploaded file ({@code media:<id>}) or the address as written. */
    public String mediaHref(String reference) {
        if (reference != null && reference.startsWith(no.laeringsarena.catalog.CourseMedia.REFERENCE_PREFIX)) {
            String contextPath = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            return contextPath + "/kursmedia/" + reference.substring(no.laeringsarena.catalog.CourseMedia.REFERENCE_PREFIX.length());
        }
        return reference;
    }

    /** An uploaded video (played on the page with its captions) rather than an address elsewhere (linked). */
    public boolean isUploaded(String reference) {
        return reference != null && reference.startsWith(no.laeringsarena.catalog.CourseMedia.REFERENCE_PREFIX);
    }

    public String html(String markdownText) {
        return markdown.toSafeHtml(markdownText == null ? "" : markdownText);
    }
}
