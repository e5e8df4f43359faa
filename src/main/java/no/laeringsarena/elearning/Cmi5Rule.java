package no.laeringsarena.elearning;

import java.util.Locale;

/**
 * The rules of a cmi5 course structure (cmi5.xml) that an import checks, each with a message in the bundles
 * ({@code elearning.cmi5.<name>}, the element or value as {0}) and a bokmål text.
 */
public enum Cmi5Rule {
    NOT_XML("cmi5.xml er ikke gyldig XML: {0}"),
    WRONG_ROOT("Rotelementet må være courseStructure i navnerommet https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd (fant {0})."),
    NO_COURSE("cmi5.xml mangler elementet course."),
    NOT_AN_IRI("«{0}» er ikke en gyldig IRI (id må være en absolutt IRI, for eksempel https://…)."),
    DUPLICATE_ID("id «{0}» er brukt mer enn én gang."),
    NO_TITLE("{0} mangler tittel (title med minst én langstring)."),
    NO_AU("Kurset har ingen au (enheter å ta)."),
    LAUNCH_METHOD("launchMethod «{0}» er ugyldig; bruk AnyWindow eller OwnWindow."),
    MOVE_ON("moveOn «{0}» er ugyldig; bruk Passed, Completed, CompletedAndPassed, CompletedOrPassed eller NotApplicable."),
    MASTERY_SCORE("masteryScore «{0}» må være et tall fra 0 til 1."),
    NO_URL("{0} mangler url."),
    BAD_URL("url «{0}» er verken en gyldig relativ sti i pakken eller en absolutt https-adresse."),
    URL_NOT_IN_PACKAGE("url «{0}» peker på en fil som ikke finnes i pakken."),
    URL_NEEDS_PACKAGE("url «{0}» er relativ, men cmi5.xml ble lastet opp alene; last opp hele pakken som zip, eller bruk absolutte adresser."),
    MISSING_ID("{0} mangler id."),
    SCHEMA("cmi5.xml følger ikke cmi5-skjemaet (CourseStructure.xsd), {0}"),
    SCHEMA_MORE("… og {0} brudd til på cmi5-skjemaet.");

    private final String norwegian;

    Cmi5Rule(String norwegian) {
        this.norwegian = norwegian;
    }

    public String messageKey() {
        return "elearning.cmi5." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String norwegian(String detail) {
        return java.text.MessageFormat.format(norwegian.replace("'", "''"), detail == null ? "" : detail);
    }
}
