/** The dev-only page of received mails (admin/e-post.xhtml). */
package no.laeringsarena.platform.mail.web;
