/** Faces beans every page uses: the chosen language and theme, and messages in the user's language. */
package no.laeringsarena.platform.web;
