package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The idea workflow: innmeldt → vurderes → prioritert / avslått, with a reason for every move. */
class IdeaStatusTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"INNMELDT,VURDERES,true", "INNMELDT,AVSLATT,true", "INNMELDT,PRIORITERT,false", "INNMELDT,INNMELDT,false",
            "VURDERES,PRIORITERT,true", "VURDERES,AVSLATT,true", "VURDERES,INNMELDT,false", "VURDERES,VURDERES,false",
            "PRIORITERT,VURDERES,true", "PRIORITERT,AVSLATT,false", "PRIORITERT,INNMELDT,false",
            "AVSLATT,VURDERES,true", "AVSLATT,PRIORITERT,false", "AVSLATT,INNMELDT,false"})
    void onlyTheWorkflowsMovesAreAllowed(IdeaStatus from, IdeaStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void noIdeaIsPrioritisedWithoutBeingAssessedFirst() {
        for (IdeaStatus s : IdeaStatus.values()) {
            if (s != IdeaStatus.VURDERES) {
                assertFalse(s.canMoveTo(IdeaStatus.PRIORITERT), s + " → PRIORITERT");
            }
        }
        assertFalse(IdeaStatus.INNMELDT.canMoveTo(null));
    }

    @Test
    void aMoveNeedsAnAllowedStepAndAReason() {
        assertEquals(List.of(), ForumRules.ideaMoveProblems(IdeaStatus.INNMELDT, IdeaStatus.VURDERES, "Tas opp i styringsgruppen"));
        assertEquals(List.of("forum.error.reasonMissing"), ForumRules.ideaMoveProblems(IdeaStatus.VURDERES, IdeaStatus.AVSLATT, " "));
        assertEquals(List.of("forum.idea.error.transition"),
                ForumRules.ideaMoveProblems(IdeaStatus.INNMELDT, IdeaStatus.PRIORITERT, "Hopper over"));
        assertTrue(ForumRules.ideaMoveProblems(null, IdeaStatus.VURDERES, "x").contains("forum.idea.error.transition"),
                "a thread that is no idea has no status to move");
    }

    @Test
    void aThreadFollowsTheWorkflowAndKeepsTheReason() {
        ForumThread idea = new ForumThread(new ForumCategory("prosjektideer", new LocalizedName("Prosjektidéer", null, null)),
                "Felles chatbot", "Tekst", 1L, "Dina", "Demo kommune", NOW);
        idea.startAsIdea(NOW);
        assertEquals(IdeaStatus.INNMELDT, idea.getIdeaStatus());
        idea.moveIdea(IdeaStatus.VURDERES, "Ser på kost/nytte", NOW.plusDays(1));
        assertEquals(IdeaStatus.VURDERES, idea.getIdeaStatus());
        assertEquals("Ser på kost/nytte", idea.getIdeaStatusReason());
        ForumException refused = assertThrows(ForumException.class, () -> idea.moveIdea(IdeaStatus.INNMELDT, "Tilbake", NOW));
        assertEquals("forum.idea.error.transition", refused.messageKey());
        assertEquals(IdeaStatus.VURDERES, idea.getIdeaStatus(), "a refused move changes nothing");
        idea.moveIdea(IdeaStatus.AVSLATT, "Dekkes av nasjonal løsning", NOW.plusDays(2));
        assertEquals("Dekkes av nasjonal løsning", idea.getIdeaStatusReason());
        assertEquals(Set.of(IdeaStatus.VURDERES), idea.getIdeaStatus().nextSteps(), "a declined idea can be reconsidered");
    }

    @Test
    void anOrdinaryThreadIsNoIdeaAndCannotBeMoved() {
        ForumThread thread = new ForumThread(new ForumCategory("om-fellesskapet", new LocalizedName("Om", null, null)),
                "Spørsmål", "Tekst", 1L, "Dina", "Demo kommune", NOW);
        assertFalse(thread.isIdea());
        assertThrows(ForumException.class, () -> thread.moveIdea(IdeaStatus.VURDERES, "x", NOW));
    }

    @Test
    void theIdeaTemplateAsksForProblemBeneficiariesAndSolution() {
        assertEquals(List.of(), ForumRules.ideaProblems("Tittel", "Problem", "Alle", "Løsning"));
        assertEquals(List.of("forum.error.titleMissing", "forum.idea.error.problemMissing",
                "forum.idea.error.beneficiariesMissing", "forum.idea.error.solutionMissing"),
                ForumRules.ideaProblems(" ", "", null, "  "));
        assertTrue(ForumRules.ideaProblems("T", "x".repeat(20_000), "a", "b").contains("forum.error.bodyTooLong"));
    }
}
