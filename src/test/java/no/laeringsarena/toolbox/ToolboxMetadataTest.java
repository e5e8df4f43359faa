package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What an editor's metadata is turned into, and what is refused before the database is asked. */
class ToolboxMetadataTest {

    @Test
    void audiencesAreOnePerLineWithoutBlanksOrRepeats() {
        ToolboxMetadata m = new ToolboxMetadata(" ", null, null, null,
                ToolboxMetadata.audienceLines("Prosjektledere\r\n\n  Arkivarer \nProsjektledere"), Set.of(" a "), null);
        assertEquals(List.of("Prosjektledere", "Arkivarer"), m.audience());
        assertEquals(null, m.sectorKey(), "blank is no sector");
        assertEquals(Set.of("a"), m.relatedItemKeys());
        assertTrue(m.problems().isEmpty());
    }

    @Test
    void tooManyOrTooLongAudiencesAndTooManyRelatedAreRefused() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "Gruppe " + i).toList();
        Set<String> many = IntStream.range(0, 21).mapToObj(i -> "k" + i).collect(Collectors.toSet());
        ToolboxMetadata m = new ToolboxMetadata(null, Set.of(), Set.of(), Set.of(), eleven, many, many);
        assertEquals(List.of("audience", "related-items", "related-courses"),
                m.problems().stream().map(ToolboxDraft.Problem::field).toList());
        ToolboxMetadata longOne = new ToolboxMetadata(null, Set.of(), Set.of(), Set.of(), List.of("x".repeat(201)),
                Set.of(), Set.of());
        assertEquals("toolbox.edit.error.audience", longOne.problems().get(0).messageKey());
    }
}
