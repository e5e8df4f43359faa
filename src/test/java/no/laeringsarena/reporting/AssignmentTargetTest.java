package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.laeringsarena.identity.Role;
import org.junit.jupiter.api.Test;

class AssignmentTargetTest {

    @Test
    void nothingChosenIsTheWholeOrganisation() {
        AssignmentTarget.Parsed parsed = AssignmentTarget.parse(null, "", "  ");
        assertTrue(parsed.ok());
        assertEquals(AssignmentTarget.Kind.ORGANISATION, parsed.target().kind());
    }

    @Test
    void aUnitARoleOrPeople() {
        assertEquals(AssignmentTarget.unit(7), AssignmentTarget.parse(7L, null, null).target());
        AssignmentTarget role = AssignmentTarget.parse(null, "LEDER", null).target();
        assertEquals(AssignmentTarget.Kind.ROLE, role.kind());
        assertEquals(Role.LEDER, role.role());
        AssignmentTarget people = AssignmentTarget.parse(null, null, "Kari@Kommune.no, ola@kommune.no;\nkari@kommune.no").target();
        assertEquals(AssignmentTarget.Kind.PEOPLE, people.kind());
        assertEquals(List.of("kari@kommune.no", "ola@kommune.no"), people.emails(), "normalised, each once");
    }

    @Test
    void onlyOneKindOfTarget() {
        AssignmentTarget.Parsed parsed = AssignmentTarget.parse(7L, "LEDER", null);
        assertFalse(parsed.ok());
        assertEquals(List.of("reporting.assign.oneTarget"), parsed.problems());
        assertFalse(AssignmentTarget.parse(null, "LEDER", "kari@kommune.no").ok());
    }

    @Test
    void badAddressesAreNamed() {
        AssignmentTarget.Parsed parsed = AssignmentTarget.parse(null, null, "kari@kommune.no ikke-en-adresse");
        assertFalse(parsed.ok());
        assertEquals(List.of("reporting.assign.emailInvalid"), parsed.problems());
        assertEquals(List.of("ikke-en-adresse"), parsed.badEmails());
    }

    @Test
    void onlyRolesAnOrganisationGivesItsOwnPeople() {
        assertEquals(List.of("reporting.assign.roleUnknown"), AssignmentTarget.parse(null, "SYSTEMADMINISTRATOR", null).problems());
        assertEquals(List.of("reporting.assign.roleUnknown"), AssignmentTarget.parse(null, "SJEF", null).problems());
    }

    @Test
    void atMostTwoHundredPeopleAtATime() {
        String many = IntStream.rangeClosed(1, AssignmentTarget.MAX_PEOPLE + 1).mapToObj(i -> "p" + i + "@kommune.no")
                .collect(Collectors.joining(","));
        assertEquals(List.of("reporting.assign.tooManyPeople"), AssignmentTarget.parse(null, null, many).problems());
    }
}
