/**
 * The shared vocabulary that content, courses, the toolbox and the forum are tagged with: sectors
 * (Helse og velferd, Oppvekst og utdanning, Plan, bygg og geodata, Støttefunksjoner, Tverrgående),
 * cross-cutting themes (tema) and sub-areas (tjenesteområder, each under one sector), with names in
 * bokmål, nynorsk and English. Seeded from {@code content/taksonomi/} by the content importer; the
 * import types {@code sektor}, {@code tema} and {@code omrade} live here.
 */
package no.laeringsarena.taxonomy;
