package no.laeringsarena.webinar;

/** Where an event stands: planned (not yet open for registration), open, full, cancelled or held (over). */
public enum EventStatus {
    PLANNED, OPEN, FULL, CANCELLED, HELD;

    public String messageKey() {
        return "webinar.status." + name();
    }
}
