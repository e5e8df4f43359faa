/** The logged-in user's notification list ({@code min-side/varsler.xhtml}) and the unread count in the header. */
package no.laeringsarena.notification.web;
