/** The toolbox pages: the front page with filters, the item page, and the interactive checklist. */
package no.laeringsarena.toolbox.web;
