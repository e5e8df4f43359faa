package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.CourseStatistics;
import no.laeringsarena.catalog.CourseStatisticsService;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.ChartBar;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/** kursholder/statistikk.xhtml?key=...: the course holder's figures for a course; 403 for a course she may not edit. */
@Named("courseStatistics")
@RequestScoped
public class CourseStatisticsBean {

    @Inject
    CourseStatisticsService service;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private String key;
    private CourseStatisticsService.Titled result;

    public void load() {
        try {
            result = service.statistics(learner.id().orElseThrow(), key);
        } catch (AccessDeniedException e) {
            AuthoringPages.forbidden();
        } catch (AuthoringException e) {
            Pages.notFound();
        }
    }

    public String getTitle() {
        return result == null ? "" : result.title();
    }

    public CourseStatistics getStatistics() {
        return result == null ? null : result.statistics();
    }

    public List<ChartBar> getFunnelBars() {
        return getStatistics().funnel().stream().map(m -> new ChartBar(m.title(), m.percent())).toList();
    }

    /** "3 d 4 t", "2 t 15 min" or "12 min"; a dash when nobody has completed. */
    public String getMedianTime() {
        Duration d = getStatistics().medianTimeToComplete();
        if (d == null) {
            return "–";
        }
        if (d.toDays() > 0) {
            return Messages.text(language.getLocale(), "courseStats.days", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return Messages.text(language.getLocale(), "courseStats.hours", d.toHours(), d.toMinutesPart());
        }
        return Messages.text(language.getLocale(), "courseStats.minutes", Math.max(1, d.toMinutes()));
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
