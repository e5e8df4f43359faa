/** The one-click unsubscribe endpoint that e-mail notifications link to ({@code List-Unsubscribe-Post}). */
package no.laeringsarena.notification.api;
