package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import org.junit.jupiter.api.Test;

/** The posting limit for new accounts, and who may edit, delete and react. */
class PostingLimitTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aNewAccountMayPostFiveTimesAnHour() {
        OffsetDateTime yesterday = NOW.minusDays(1);
        assertFalse(ForumRules.postingLimitReached(yesterday, 4, NOW, false));
        assertTrue(ForumRules.postingLimitReached(yesterday, 5, NOW, false));
    }

    @Test
    void olderAccountsAndModeratorsHaveNoLimit() {
        assertFalse(ForumRules.postingLimitReached(NOW.minusDays(4), 50, NOW, false));
        assertFalse(ForumRules.postingLimitReached(NOW.minusHours(1), 50, NOW, true));
    }

    @Test
    void theAuthorOrAModeratorChangesAPost() {
        ForumThread thread = new ForumThread(new ForumCategory("om-fellesskapet", new LocalizedName("Om", null, null)),
                "Spørsmål", "Tekst", 7L, "Dina", "Demo kommune", NOW);
        ForumViewer author = new ForumViewer(7L, false, Set.of());
        ForumViewer other = new ForumViewer(8L, false, Set.of());
        ForumViewer moderator = new ForumViewer(9L, true, Set.of());
        assertTrue(ForumRules.canChangePost(thread, 7L, author));
        assertFalse(ForumRules.canChangePost(thread, 7L, other));
        assertFalse(ForumRules.canChangePost(thread, 7L, ForumViewer.GUEST));
        assertTrue(ForumRules.canChangePost(thread, 7L, moderator));
        assertFalse(ForumRules.canChangePost(thread, null, author), "seed posts belong to no one");
        thread.setLocked(true);
        assertFalse(ForumRules.canChangePost(thread, 7L, author), "a locked thread is not edited by its author");
        assertTrue(ForumRules.canReact(thread, other));
        assertFalse(ForumRules.canReact(thread, ForumViewer.GUEST));
    }
}
