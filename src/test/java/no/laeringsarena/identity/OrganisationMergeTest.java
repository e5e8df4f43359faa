package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationMergeTest {

    private static Organisation organisation(long id, String name, String orgnr) throws Exception {
        Organisation o = new Organisation(name, OrganisationKind.KOMMUNE, null, Organisasjonsnummer.parse(orgnr).orElseThrow());
        Field field = Organisation.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(o, id);
        return o;
    }

    @Test
    void twoActiveOrganisationsMerge() throws Exception {
        assertEquals(List.of(), OrganisationMerge.problems(organisation(1, "Hof", "974575086"),
                organisation(2, "Holmestrand", "974575086")));
    }

    @Test
    void notWithItselfNorFromOrIntoAMergedOne() throws Exception {
        Organisation hof = organisation(1, "Hof", "974575086");
        Organisation holmestrand = organisation(2, "Holmestrand", "974575086");
        assertEquals(List.of("merge.same"), OrganisationMerge.problems(hof, hof));
        assertEquals(List.of("merge.chooseBoth"), OrganisationMerge.problems(hof, null));
        hof.mergeInto(holmestrand, OffsetDateTime.now());
        assertEquals(List.of("merge.fromMerged"), OrganisationMerge.problems(hof, holmestrand));
        assertEquals(List.of("merge.intoMerged"), OrganisationMerge.problems(holmestrand, hof));
    }

    @Test
    void aMergedOrganisationIsFoundWhereItWent() throws Exception {
        Organisation sande = organisation(1, "Sande", "974575086");
        Organisation holmestrand = organisation(2, "Holmestrand", "974575086");
        Organisation newer = organisation(3, "Nye Holmestrand", "974575086");
        sande.mergeInto(holmestrand, OffsetDateTime.now());
        holmestrand.mergeInto(newer, OffsetDateTime.now());
        assertEquals(newer, sande.current(), "through every later merger");
        assertEquals(newer, newer.current());
    }

    @Test
    void theNewUnitIsNamedAfterTheMergedOrganisationUnlessThatNameIsTaken() throws Exception {
        Organisation hof = organisation(1, "Hof", "974575086");
        assertEquals("Hof", OrganisationMerge.unitName(hof, Set.of("Helse og velferd")));
        assertEquals("Hof (974575086)", OrganisationMerge.unitName(hof, Set.of("HOF")));
    }
}
