package no.laeringsarena.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationAdministration;
import no.laeringsarena.identity.OrganisationKind;
import no.laeringsarena.platform.web.Messages;

/** The organisation list and the form to add one (system administrators only). */
@Named("organisationAdmin")
@ViewScoped
public class OrganisationAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdministration administration;

    private String name;
    private OrganisationKind kind = OrganisationKind.KOMMUNE;
    private String kommunenummer;
    private String organisasjonsnummer;
    // a cache of this request's list, read again after a save or when the session moved to another instance
    private transient List<Organisation> organisations;

    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = administration.organisations();
        }
        return organisations;
    }

    public void add() {
        try {
            Organisation added = administration.add(name, kind, kommunenummer, organisasjonsnummer);
            Messages.info(null, "organisation.added", added.getName());
            name = kommunenummer = organisasjonsnummer = null;
            organisations = null;
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getKommunenummer() {
        return kommunenummer;
    }

    public void setKommunenummer(String kommunenummer) {
        this.kommunenummer = kommunenummer;
    }

    public String getOrganisasjonsnummer() {
        return organisasjonsnummer;
    }

    public void setOrganisasjonsnummer(String organisasjonsnummer) {
        this.organisasjonsnummer = organisasjonsnummer;
    }
}
