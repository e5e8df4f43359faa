package no.laeringsarena.webinar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.webinar.Event;
import no.laeringsarena.webinar.EventPlanning;

/** "Mine arrangementer" (kursholder/arrangementer.xhtml): the events I planned, newest first, with their status. */
@Named("plannedEvents")
@RequestScoped
public class PlannedEventsBean {

    @Inject
    EventPlanning planning;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private List<Event> events;

    public List<Event> getEvents() {
        if (events == null) {
            events = planning.myEvents(learner.id().orElseThrow());
        }
        return events;
    }

    public String when(Event e) {
        return EventTexts.when(e, language.getLocale());
    }

    public String statusKey(Event e) {
        return e.statusAt(OffsetDateTime.now()).messageKey();
    }
}
