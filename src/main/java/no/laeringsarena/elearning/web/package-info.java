/** The web side of e-learning packages: serving package files, the player page, uploading packages, the cmi5 fetch URL. */
package no.laeringsarena.elearning.web;
