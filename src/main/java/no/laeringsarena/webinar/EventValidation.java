package no.laeringsarena.webinar;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules for an event written in the event planner, one message per wrong field, so the kursholder can fix
 * everything at once: a title and a description; start, end and registration deadline as Oslo time with the end
 * after the start and the deadline not after it; a start in the future (a moved event too; an unchanged start may
 * have passed); seats between 1 and 100 000 and never fewer than are already taken; a webinar needs an https join
 * link and an in-person course a venue.
 */
public final class EventValidation {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_DAYS = 31;

    /** As a person writes it when the browser has no date-time picker: {@code 10.03.2027 10:00}. */
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu H:mm");

    private EventValidation() {
    }

    /**
     * @param previousStart the saved start of the event being changed, or null for a new event
     * @param seatsTaken    how many have a seat now (0 for a new event)
     */
    public static List<PlanningProblem> problems(EventDraft d, OffsetDateTime now, OffsetDateTime previousStart,
                                                 long seatsTaken) {
        List<PlanningProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(PlanningProblem.of("kind", "planning.error.kind"));
        }
        if (blank(d.title())) {
            problems.add(PlanningProblem.of("title", "planning.error.title"));
        } else if (d.title().strip().length() > MAX_TITLE) {
            problems.add(PlanningProblem.of("title", "planning.error.tooLong", MAX_TITLE));
        }
        if (blank(d.description())) {
            problems.add(PlanningProblem.of("description", "planning.error.description"));
        } else if (d.description().length() > MAX_DESCRIPTION) {
            problems.add(PlanningProblem.of("description", "planning.error.tooLong", MAX_DESCRIPTION));
        }
        length(problems, "speakers", d.speakers(), 500);
        length(problems, "audience", d.audience(), 300);

        OffsetDateTime start = time(problems, "start", d.start(), true);
        OffsetDateTime end = time(problems, "end", d.end(), true);
        OffsetDateTime deadline = time(problems, "deadline", d.registrationDeadline(), false);
        if (start != null) {
            boolean unchanged = previousStart != null && previousStart.isEqual(start);
            if (!unchanged && !start.isAfter(now)) {
                problems.add(PlanningProblem.of("start", "planning.error.startPast"));
            }
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.add(PlanningProblem.of("end", "planning.error.endBeforeStart"));
            } else if (end.isAfter(start.plusDays(MAX_DAYS))) {
                problems.add(PlanningProblem.of("end", "planning.error.tooLongEvent", MAX_DAYS));
            }
        }
        if (start != null && deadline != null && deadline.isAfter(start)) {
            problems.add(PlanningProblem.of("deadline", "planning.error.deadlineAfterStart"));
        }

        Integer capacity = d.capacity();
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add(PlanningProblem.of("capacity", "planning.error.capacity", MAX_CAPACITY));
        } else if (capacity < seatsTaken) {
            problems.add(PlanningProblem.of("capacity", "planning.error.capacityBelowTaken", seatsTaken));
        }

        if (d.kind() == EventKind.WEBINAR) {
            if (blank(d.joinUrl())) {
                problems.add(PlanningProblem.of("joinUrl", "planning.error.joinUrl"));
            } else if (!isHttps(d.joinUrl().strip())) {
                problems.add(PlanningProblem.of("joinUrl", "planning.error.joinUrlHttps"));
            }
        } else if (d.kind() == EventKind.FYSISK_KURS) {
            if (blank(d.venue())) {
                problems.add(PlanningProblem.of("venue", "planning.error.venue"));
            }
            length(problems, "venue", d.venue(), 200);
            length(problems, "address", d.address(), 300);
            length(problems, "room", d.room(), 100);
        }
        return problems;
    }

    /** The draft as event content (call only when {@link #problems} found nothing). */
    public static EventContent content(EventDraft d) {
        OffsetDateTime start = parse(d.start()).orElseThrow();
        OffsetDateTime deadline = blank(d.registrationDeadline()) ? start : parse(d.registrationDeadline()).orElseThrow();
        boolean webinar = d.kind() == EventKind.WEBINAR;
        return new EventContent(d.kind(), d.title().strip(), d.description().strip(), text(d.speakers()),
                text(d.audience()), null, null, start, parse(d.end()).orElseThrow(), deadline, d.capacity(),
                d.waitingList(), webinar ? null : text(d.venue()), webinar ? null : text(d.address()),
                webinar ? null : text(d.room()), webinar ? d.joinUrl().strip() : null,
                d.open() ? EventStatus.OPEN : EventStatus.PLANNED);
    }

    /**
     * Oslo wall-clock text as the planner's date-time field sends it ({@code 2027-03-10T10:00}), as the content folder
     * writes it ({@code 2027-03-10 10:00}) or as a person types it ({@code 10.03.2027 10:00}).
     */
    public static Optional<OffsetDateTime> parse(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(OsloTime.at(LocalDateTime.parse(t.replace(' ', 'T'))));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OsloTime.at(LocalDateTime.parse(t, NORWEGIAN)));
            } catch (DateTimeParseException notNorwegian) {
                return Optional.empty();
            }
        }
    }

    /** An instant as the planner's date-time field shows it, on the Oslo wall clock. */
    public static String field(OffsetDateTime instant) {
        return instant == null ? "" : OsloTime.inOslo(instant).toLocalDateTime().withSecond(0).withNano(0).toString();
    }

    private static OffsetDateTime time(List<PlanningProblem> problems, String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                problems.add(PlanningProblem.of(field, "planning.error.timeMissing"));
            }
            return null;
        }
        Optional<OffsetDateTime> parsed = parse(text);
        if (parsed.isEmpty()) {
            problems.add(PlanningProblem.of(field, "planning.error.timeFormat"));
        }
        return parsed.orElse(null);
    }

    private static void length(List<PlanningProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(PlanningProblem.of(field, "planning.error.tooLong", max));
        }
    }

    private static boolean isHttps(String value) {
        try {
            URI uri = URI.create(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && value.length() <= 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }
}
