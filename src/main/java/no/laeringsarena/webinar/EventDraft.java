package no.laeringsarena.webinar;

/**
 * An event as a kursholder typed it in the event planner, before it is checked: times are Oslo wall-clock text
 * ({@code 2027-03-10 10:00} or the browser's {@code 2027-03-10T10:00}), the rest as entered. {@link EventValidation}
 * says what is wrong with it, field by field.
 */
public record EventDraft(EventKind kind, String title, String description, String speakers, String audience,
                         String sectorKey, String themeKey, String start, String end, String registrationDeadline,
                         Integer capacity, boolean waitingList, String venue, String address, String room,
                         String joinUrl, boolean open) {
}
