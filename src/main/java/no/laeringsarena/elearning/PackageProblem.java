package no.laeringsarena.elearning;

import java.util.Locale;

/**
 * Why an uploaded package is refused. Each has a message in the bundles ({@code elearning.problem.<name>}, with the
 * entry or the limit as {0}) and a bokmål text for logs and API answers.
 */
public enum PackageProblem {
    EMPTY("Filen er tom."),
    TOO_LARGE("Pakken er større enn {0} MB."),
    NOT_A_ZIP("Filen er ikke en zip-fil (eller et cmi5.xml-dokument)."),
    UNREADABLE("Zip-filen er skadet eller kryptert og kan ikke leses."),
    TOO_MANY_FILES("Pakken har flere enn {0} filer."),
    TOO_BIG_UNPACKED("Pakken blir større enn {0} MB når den pakkes ut."),
    BOMB("«{0}» pakker seg ut til mange ganger sin egen størrelse (mulig zip-bombe)."),
    PATH_TRAVERSAL("«{0}» peker ut av pakken (..)."),
    ABSOLUTE_PATH("«{0}» er en absolutt sti; alle filer må ligge inne i pakken."),
    BACKSLASH("«{0}» har omvendt skråstrek (\\) i navnet; bruk /."),
    SYMLINK("«{0}» er en symbolsk lenke; pakker kan ikke ha lenker."),
    BAD_NAME("«{0}» er ikke et gyldig filnavn i en pakke."),
    DUPLICATE("«{0}» finnes to ganger i pakken."),
    NO_COURSE_STRUCTURE("Pakken har ingen cmi5.xml (eller imsmanifest.xml) i roten."),
    FORMAT_NOT_SUPPORTED("Pakker i formatet {0} kan ikke lastes opp ennå.");

    private final String norwegian;

    PackageProblem(String norwegian) {
        this.norwegian = norwegian;
    }

    public String messageKey() {
        return "elearning.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bokmål text with the detail filled in. */
    public String norwegian(String detail) {
        return java.text.MessageFormat.format(norwegian.replace("'", "''"), detail == null ? "" : detail);
    }
}
