package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import org.junit.jupiter.api.Test;

/** Who may read, post, reply, mark as solved and report, and what a valid post is. */
class ForumRulesTest {

    private static final ForumViewer ASKER = new ForumViewer(7L, false, Set.of());
    private static final ForumViewer OTHER = new ForumViewer(8L, false, Set.of());
    private static final ForumViewer MEMBER = new ForumViewer(9L, false, Set.of("lukket"));
    private static final ForumViewer MODERATOR = new ForumViewer(10L, true, Set.of());

    private final ForumCategory open = category("apen", false);
    private final ForumCategory closed = category("lukket", true);

    @Test
    void closedCategoriesAreForMembersAndModeratorsOnly() {
        assertTrue(ForumRules.canRead(open, ForumViewer.GUEST));
        assertFalse(ForumRules.canRead(closed, ForumViewer.GUEST));
        assertFalse(ForumRules.canRead(closed, OTHER));
        assertTrue(ForumRules.canRead(closed, MEMBER));
        assertTrue(ForumRules.canRead(closed, MODERATOR));
        ForumThread secret = thread(closed);
        assertFalse(ForumRules.canRead(secret, OTHER), "a thread by URL is as closed as its category");
        assertFalse(ForumRules.canReply(secret, OTHER));
        assertFalse(ForumRules.publiclyVisible(secret), "never indexed for search");
    }

    @Test
    void hiddenThreadsAreSeenByModeratorsOnlyAndLeaveSearch() {
        ForumThread thread = thread(open);
        thread.setHidden(true);
        assertFalse(ForumRules.canRead(thread, ASKER), "not even the asker");
        assertFalse(ForumRules.canRead(thread, ForumViewer.GUEST));
        assertTrue(ForumRules.canRead(thread, MODERATOR));
        assertFalse(ForumRules.publiclyVisible(thread));
        thread.setHidden(false);
        assertTrue(ForumRules.publiclyVisible(thread));
    }

    @Test
    void aDeletedThreadIsForModeratorsOnlyUntilRestoredAndLeavesSearch() {
        ForumThread thread = thread(open);
        thread.softDelete(10L, "Dobbeltpost", OffsetDateTime.parse("2026-05-01T10:00:00Z"));
        assertTrue(thread.isDeleted());
        assertEquals("Dobbeltpost", thread.getDeleteReason());
        assertFalse(ForumRules.canRead(thread, ASKER), "not even the asker");
        assertFalse(ForumRules.canRead(thread, ForumViewer.GUEST));
        assertFalse(ForumRules.canReply(thread, ASKER));
        assertTrue(ForumRules.canRead(thread, MODERATOR));
        assertFalse(ForumRules.publiclyVisible(thread), "removed from search");
        thread.restore();
        assertFalse(thread.isDeleted());
        assertTrue(ForumRules.canRead(thread, ASKER));
        assertTrue(ForumRules.publiclyVisible(thread));
    }

    @Test
    void guestsReadButOnlyLoggedInUsersPostReplyAndReport() {
        ForumThread thread = thread(open);
        assertTrue(ForumRules.canRead(thread, ForumViewer.GUEST));
        assertFalse(ForumRules.canStartThread(open, ForumViewer.GUEST));
        assertFalse(ForumRules.canReply(thread, ForumViewer.GUEST));
        assertFalse(ForumRules.canReport(thread, ForumViewer.GUEST));
        assertTrue(ForumRules.canStartThread(open, OTHER));
        assertTrue(ForumRules.canReply(thread, OTHER));
        assertTrue(ForumRules.canReport(thread, OTHER));
        assertFalse(ForumRules.canStartThread(closed, OTHER));
        assertTrue(ForumRules.canStartThread(closed, MEMBER));
    }

    @Test
    void aLockedThreadTakesRepliesFromModeratorsOnly() {
        ForumThread thread = thread(open);
        thread.setLocked(true);
        assertFalse(ForumRules.canReply(thread, ASKER));
        assertTrue(ForumRules.canReply(thread, MODERATOR));
        assertTrue(ForumRules.canRead(thread, OTHER), "still readable");
    }

    @Test
    void onlyTheAskerOrAModeratorMarksTheSolution() {
        ForumThread thread = thread(open);
        assertTrue(ForumRules.canMarkSolved(thread, ASKER));
        assertTrue(ForumRules.canMarkSolved(thread, MODERATOR));
        assertFalse(ForumRules.canMarkSolved(thread, OTHER));
        assertFalse(ForumRules.canMarkSolved(thread, ForumViewer.GUEST));
        ForumThread seeded = new ForumThread(open, "Frø", "Tekst", null, null, "Innspill fra en kommune", OffsetDateTime.now());
        assertFalse(ForumRules.canMarkSolved(seeded, OTHER), "a seed thread has no asker account");
        assertTrue(ForumRules.canMarkSolved(seeded, MODERATOR));
    }

    @Test
    void postsAreBoundedWithClearProblems() {
        assertEquals(List.of(), ForumRules.threadProblems("Arkivplan", "Hvordan gjorde dere det?"));
        assertEquals(List.of("forum.error.titleMissing", "forum.error.bodyMissing"), ForumRules.threadProblems("  ", null));
        assertEquals(List.of("forum.error.titleTooLong"), ForumRules.threadProblems("x".repeat(201), "tekst"));
        assertEquals(List.of(), ForumRules.threadProblems("x".repeat(200), "y".repeat(20_000)));
        assertEquals(List.of("forum.error.bodyTooLong"), ForumRules.bodyProblems("y".repeat(20_001)));
        assertEquals(List.of("forum.error.reasonMissing"), ForumRules.reasonProblems(" "));
        assertEquals(List.of("forum.error.reasonTooLong"), ForumRules.reasonProblems("z".repeat(1001)));
    }

    private static ForumCategory category(String key, boolean closed) {
        ForumCategory category = new ForumCategory(key, new LocalizedName(key, key, key));
        category.setClosed(closed);
        return category;
    }

    private static ForumThread thread(ForumCategory category) {
        return new ForumThread(category, "Spørsmål om arkiv", "Hvordan?", 7L, "Asker", "Eksempel kommune",
                OffsetDateTime.now());
    }
}
