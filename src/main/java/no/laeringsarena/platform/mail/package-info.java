/**
 * Outgoing e-mail for every capability: {@link no.laeringsarena.platform.mail.MailOutbox#enqueue} queues a mail
 * durably in the caller's transaction (an idempotency key makes sure the same mail is queued only once);
 * {@link no.laeringsarena.platform.mail.MailScheduler} sends what is due through the configured SMTP server
 * (SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_FROM), retrying with backoff while it is down.
 * Delivery is at least once; a mail is marked sent in the transaction that holds its row lock, so it is not sent
 * twice unless the process dies between the SMTP answer and the commit (the Message-ID is then the same).
 */
package no.laeringsarena.platform.mail;
