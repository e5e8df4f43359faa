package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What a system administrator does with organisations. */
@ApplicationScoped
@RequiresRole(Role.SYSTEMADMINISTRATOR)
public class OrganisationAdministration {

    @Inject
    IdentityService identity;

    public List<Organisation> organisations() {
        return identity.organisations();
    }

    public Organisation add(String name, OrganisationKind kind, String kommunenummer, String organisasjonsnummer) {
        return identity.addOrganisation(name, kind, kommunenummer, organisasjonsnummer);
    }
}
