package no.laeringsarena.taxonomy;

/** The three kinds of taxonomy term. A key is unique within its kind. */
public enum TermKind {
    /** Sektor: Helse og velferd, Oppvekst og utdanning, ... and Tverrgående. */
    SECTOR,
    /** Tema: a cross-cutting area such as Digital dialog or Kompetanse. */
    THEME,
    /** Tjenesteområde: a service area within one sector, e.g. Barnehage under Oppvekst og utdanning. */
    SUB_AREA
}
