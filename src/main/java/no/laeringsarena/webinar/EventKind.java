package no.laeringsarena.webinar;

/** Whether an event is sent online (webinar) or held in a room (fysisk kurs, fagdag). */
public enum EventKind {
    WEBINAR, FYSISK_KURS;

    public String messageKey() {
        return "webinar.kind." + name();
    }
}
