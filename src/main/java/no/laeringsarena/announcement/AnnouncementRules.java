package no.laeringsarena.announcement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.webinar.EventValidation;

/**
 * What an announcement must be: a title (at most 200 characters) and a text (at most 5,000), a start that can be read
 * (empty: now) and, if given, an end after the start and not in the past. Times are Oslo time.
 */
public final class AnnouncementRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 5000;

    private AnnouncementRules() {
    }

    /** The checked times: from (never null) and until (may be null). */
    public record Period(OffsetDateTime from, OffsetDateTime until) {

        public boolean shownAt(OffsetDateTime now) {
            return !now.isBefore(from) && (until == null || now.isBefore(until));
        }
    }

    public static List<AnnouncementProblem> problems(AnnouncementDraft d, OffsetDateTime now) {
        List<AnnouncementProblem> problems = new ArrayList<>();
        if (blank(d.title())) {
            problems.add(AnnouncementProblem.of("title", "announcement.error.title"));
        } else if (d.title().strip().length() > MAX_TITLE) {
            problems.add(AnnouncementProblem.of("title", "announcement.error.tooLong", MAX_TITLE));
        }
        if (blank(d.bodyMarkdown())) {
            problems.add(AnnouncementProblem.of("body", "announcement.error.body"));
        } else if (d.bodyMarkdown().strip().length() > MAX_BODY) {
            problems.add(AnnouncementProblem.of("body", "announcement.error.tooLong", MAX_BODY));
        }
        Optional<OffsetDateTime> from = blank(d.publishFrom()) ? Optional.of(now) : EventValidation.parse(d.publishFrom());
        if (from.isEmpty()) {
            problems.add(AnnouncementProblem.of("from", "announcement.error.time"));
        }
        if (!blank(d.publishUntil())) {
            Optional<OffsetDateTime> until = EventValidation.parse(d.publishUntil());
            if (until.isEmpty()) {
                problems.add(AnnouncementProblem.of("until", "announcement.error.time"));
            } else if (!until.get().isAfter(now)) {
                problems.add(AnnouncementProblem.of("until", "announcement.error.untilPast"));
            } else if (from.isPresent() && !until.get().isAfter(from.get())) {
                problems.add(AnnouncementProblem.of("until", "announcement.error.untilBeforeFrom"));
            }
        }
        return problems;
    }

    /** The period of a draft without problems. */
    public static Period period(AnnouncementDraft d, OffsetDateTime now) {
        OffsetDateTime from = blank(d.publishFrom()) ? now : EventValidation.parse(d.publishFrom()).orElseThrow();
        OffsetDateTime until = blank(d.publishUntil()) ? null : EventValidation.parse(d.publishUntil()).orElseThrow();
        return new Period(from, until);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
