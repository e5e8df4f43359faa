package no.laeringsarena.platform.mail;

/** Hands one mail to the mail server. */
public interface MailTransport {

    /** @throws MailDeliveryException when the server did not take it */
    void send(QueuedMail mail) throws MailDeliveryException;
}
