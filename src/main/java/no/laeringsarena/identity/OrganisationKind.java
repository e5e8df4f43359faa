package no.laeringsarena.identity;

/** What kind of public body an organisation is. */
public enum OrganisationKind {
    KOMMUNE, FYLKESKOMMUNE, ANNEN;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
