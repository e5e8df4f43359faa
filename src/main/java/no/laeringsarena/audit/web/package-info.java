/** The system administrator's view of the audit log (admin/revisjonslogg.xhtml). */
package no.laeringsarena.audit.web;
