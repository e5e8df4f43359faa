package no.laeringsarena.platform.mail;

/** A mail in the outbox, claimed for sending, with how many tries failed before. */
public record QueuedMail(long id, String idempotencyKey, OutgoingMail mail, int attempts) {
}
