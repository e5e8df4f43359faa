package no.laeringsarena.webinar;

/**
 * A user's place at an event as the event page shows it.
 *
 * @param status   REGISTERED, WAITING or CANCELLED (also when she never signed up)
 * @param position the place on the waiting list, or 0
 */
public record MyPlace(RegistrationStatus status, int position) {

    public static final MyPlace NONE = new MyPlace(RegistrationStatus.CANCELLED, 0);

    public static MyPlace of(Registration r) {
        return r == null ? NONE : new MyPlace(r.getStatus(), r.getPosition() == null ? 0 : r.getPosition());
    }

    public boolean isRegistered() {
        return status == RegistrationStatus.REGISTERED;
    }

    public boolean isWaiting() {
        return status == RegistrationStatus.WAITING;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }
}
