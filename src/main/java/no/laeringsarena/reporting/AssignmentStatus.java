package no.laeringsarena.reporting;

/** Where one person stands with one assigned course. */
public enum AssignmentStatus {
    COMPLETED, IN_PROGRESS, NOT_STARTED, OVERDUE;

    public String messageKey() {
        return "reporting.status." + name();
    }
}
