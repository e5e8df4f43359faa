package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;

/** What a system administrator does with organisations. */
@ApplicationScoped
@RequiresRole(Role.SYSTEMADMINISTRATOR)
public class OrganisationAdministration {

    @Inject
    IdentityService identity;

    @Inject
    AuditLog audit;

    public List<Organisation> organisations() {
        return identity.organisations();
    }

    @Transactional
    public Organisation add(String name, OrganisationKind kind, String kommunenummer, String organisasjonsnummer) {
        Organisation added = identity.addOrganisation(name, kind, kommunenummer, organisasjonsnummer);
        audit.record(AuditEvent.byCaller(AuditEventType.ORGANISATION_ADDED, "organisasjon " + added.getId(),
                added.getName() + " (" + added.getOrganisasjonsnummer() + ")"));
        return added;
    }
}
