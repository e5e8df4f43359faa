package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForumTagsTest {

    @Test
    void tagsAreNormalisedToOneFormAndDuplicatesCountOnce() {
        ForumTags.Result result = ForumTags.parse(" Kommunesammenslåing, #kommunesammenslåing ,NOARK 5;  Åpne__API ,,");
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(List.of("kommunesammenslåing", "noark-5", "åpne-api"), result.tags());
    }

    @Test
    void decomposedNorwegianLettersMatchTheComposedOnes() {
        String decomposed = "a\u030Apne-data";   // å as a + combining ring
        assertEquals(List.of("åpne-data"), ForumTags.parse(decomposed).tags());
        assertEquals(ForumTags.filter("Åpne data"), ForumTags.parse(decomposed).tags().getFirst());
    }

    @Test
    void blankInputGivesNoTagsAndNoProblems() {
        assertEquals(List.of(), ForumTags.parse(null).tags());
        assertTrue(ForumTags.parse("  , ,  ").ok());
        assertEquals(List.of(), ForumTags.parse(" # , - ").tags());
    }

    @Test
    void aThreadHasAtMostFiveTags() {
        assertTrue(ForumTags.parse("a, b, c, d, e").ok());
        ForumTags.Result six = ForumTags.parse("a, b, c, d, e, f");
        assertFalse(six.ok());
        assertEquals("forum.tags.error.tooMany", six.problems().getFirst().messageKey());
        assertTrue(ForumTags.parse("a, a, A, #a, b, c, d, e").ok(), "duplicates are not counted twice");
    }

    @Test
    void aTagHasAtMostThirtyCharacters() {
        assertTrue(ForumTags.parse("x".repeat(30)).ok());
        ForumTags.Result tooLong = ForumTags.parse("arkiv, " + "x".repeat(31));
        assertEquals(List.of(new ForumTags.Problem("forum.tags.error.tooLong", "x".repeat(31))), tooLong.problems());
        assertFalse(ForumTags.parse("y".repeat(ForumTags.MAX_INPUT + 1)).ok(), "an absurd field is refused whole");
    }

    @Test
    void onlyLettersDigitsAndHyphensAreAllowed() {
        for (String bad : List.of("<script>", "a/b", "c++", "e-post@kommune", "\"sitat\"", "50%")) {
            ForumTags.Result result = ForumTags.parse(bad);
            assertFalse(result.ok(), bad);
            assertEquals("forum.tags.error.invalid", result.problems().getFirst().messageKey(), bad);
        }
        assertTrue(ForumTags.parse("sámi-giella, noark-5, ø").ok(), "Sami and Norwegian letters, digits");
    }

    @Test
    void aFilterFromALinkIsNormalisedOrIgnored() {
        assertEquals("noark-5", ForumTags.filter("Noark 5"));
        assertNull(ForumTags.filter("<b>"));
        assertNull(ForumTags.filter(""));
        assertNull(ForumTags.filter(null));
        assertNull(ForumTags.filter("z".repeat(31)));
    }
}
