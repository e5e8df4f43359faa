package no.laeringsarena.webinar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.EventView;
import no.laeringsarena.webinar.OsloTime;
import no.laeringsarena.webinar.RegistrationService;

/** The upcoming webinars and in-person courses (webinarer.xhtml) and the timeplan grouped by month (timeplan.xhtml). */
@Named("events")
@RequestScoped
public class EventsBean {

    @Inject
    RegistrationService registrations;

    @Inject
    LanguageSelection language;

    private List<EventView> upcoming;

    private List<EventView> upcoming() {
        if (upcoming == null) {
            upcoming = registrations.upcoming();
        }
        return upcoming;
    }

    public List<EventRow> getUpcoming() {
        Locale locale = language.getLocale();
        return upcoming().stream().map(v -> EventTexts.row(v, locale)).toList();
    }

    /** Upcoming events in date order, grouped by their month in Oslo time. */
    public List<MonthGroup> getMonths() {
        Locale locale = language.getLocale();
        DateTimeFormatter month = DateTimeFormatter.ofPattern(Messages.text(locale, "webinar.format.month"), locale);
        Map<String, List<EventRow>> groups = new LinkedHashMap<>();
        for (EventView v : upcoming()) {
            String heading = capitalized(month.format(OsloTime.inOslo(v.event().getStartsAt())), locale);
            groups.computeIfAbsent(heading, h -> new ArrayList<>()).add(EventTexts.row(v, locale));
        }
        return groups.entrySet().stream().map(g -> new MonthGroup(g.getKey(), g.getValue())).toList();
    }

    private static String capitalized(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
