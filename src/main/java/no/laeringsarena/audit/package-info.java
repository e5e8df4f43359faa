/**
 * The audit log (revisjonslogg): an append-only record of who did what to what, when and from where — logins and
 * refused logins, changes to organisations, units, people and roles, forum moderation, exports of personal data and
 * deleted accounts. The database refuses to change or remove a line ({@code audit_event}, migration V18); a failed
 * login keeps the attempted e-mail address, never the password. System administrators read it on
 * {@code admin/revisjonslogg.xhtml}.
 */
package no.laeringsarena.audit;
