package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** @mentions: display names with spaces, the longest known name wins, quotes and code do not count. */
class MentionsTest {

    private static final Set<String> KNOWN = Set.of("kari nordmann", "kari", "ola", "åse øvrebø", "mona moderator");

    @Test
    void aMentionGivesItsCandidateNamesLongestFirst() {
        assertEquals(List.of(List.of("kari nordmann og", "kari nordmann", "kari")),
                Mentions.candidates("Hei @Kari Nordmann og"));
    }

    @Test
    void theLongestKnownNameWins() {
        assertEquals(Set.of("kari nordmann"), Mentions.resolve("Hva mener @Kari Nordmann om dette?", KNOWN));
        assertEquals(Set.of("kari"), Mentions.resolve("Takk @Kari!", KNOWN));
        assertEquals(Set.of("åse øvrebø", "ola"), Mentions.resolve("@Åse Øvrebø og @ola, se her", KNOWN));
    }

    @Test
    void unknownNamesAndEmailAddressesAreNoMentions() {
        assertEquals(Set.of(), Mentions.resolve("Skriv til kari@kommune.no eller @Ukjent Person", KNOWN));
        assertEquals(Set.of(), Mentions.resolve("@ alene og @123", KNOWN));
    }

    @Test
    void quotedLinesAndCodeDoNotNotifyAgain() {
        String post = """
                > **Mona**:
                > Spør @Kari Nordmann
                
                `@Ola` i kode teller ikke
                ```
                @Ola i kodeblokk
                ```
                Men @Mona Moderator gjør det.
                """;
        assertEquals(Set.of("mona moderator"), Mentions.resolve(post, KNOWN));
    }

    @Test
    void aPostNotifiesAtMostTenPeople() {
        String many = "@Ola ".repeat(30);
        assertEquals(Mentions.MAX_MENTIONS, Mentions.candidates(many).size());
        assertTrue(Mentions.allCandidates(null).isEmpty());
    }
}
