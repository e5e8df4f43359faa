package no.laeringsarena.webinar.web;

import java.util.List;

/** The events of one month on the timeplan, e.g. "Mars 2027". */
public record MonthGroup(String heading, List<EventRow> events) {
}
