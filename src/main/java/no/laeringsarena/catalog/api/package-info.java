/** JSON resources of the course catalogue (none yet: the pages and the kursbevis download cover this slice). */
package no.laeringsarena.catalog.api;
