/** Faces beans for logging in and out, registering, Min side and organisation administration. */
package no.laeringsarena.identity.web;
