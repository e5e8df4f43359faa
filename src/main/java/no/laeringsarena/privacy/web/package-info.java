/** Faces beans and the download servlet for "Mine data", deleting an account and the privacy statement. */
package no.laeringsarena.privacy.web;
