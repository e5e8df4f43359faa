/** The editors' page for announcements and the announcement list shown on the front page and the Timeplan. */
package no.laeringsarena.announcement.web;
