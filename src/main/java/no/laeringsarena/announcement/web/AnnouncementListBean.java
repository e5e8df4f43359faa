package no.laeringsarena.announcement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.laeringsarena.announcement.Announcements;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.webinar.EventWording;

/** The announcements shown now, for the front page and the Timeplan (WEB-INF/includes/announcements.xhtml). */
@Named("announcementList")
@RequestScoped
public class AnnouncementListBean {

    /** One announcement as shown: the text already rendered from Markdown and sanitised. */
    public record Shown(long id, String title, String date, String html) {
    }

    @Inject
    Announcements announcements;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LanguageSelection language;

    private List<Shown> shown;

    public List<Shown> getShown() {
        if (shown == null) {
            shown = announcements.current().stream()
                    .map(a -> new Shown(a.getId(), a.getTitle(), EventWording.dateTime(a.getPublishFrom(), language.getLocale()),
                            markdown.toSafeHtml(a.getBodyMarkdown())))
                    .toList();
        }
        return shown;
    }
}
