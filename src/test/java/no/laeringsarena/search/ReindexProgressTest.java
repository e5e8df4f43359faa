package no.laeringsarena.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress bar's number: never 100 before the alias has moved. */
class ReindexProgressTest {

    @Test
    void percentFollowsDocumentsWrittenAndIsHundredOnlyWhenDone() {
        ReindexProgress running = new ReindexProgress(ReindexProgress.State.RUNNING, "write", 0, 0, "i", null, null, null, null);
        assertEquals(0, running.percent());
        assertEquals(50, running.step("write", 25, 50).percent());
        assertEquals(99, running.step("switch", 50, 50).percent(), "written, but not switched yet");
        assertEquals(100, new ReindexProgress(ReindexProgress.State.DONE, "", 50, 50, "i", null, null, null, null).percent());
        assertEquals(0, ReindexProgress.IDLE.percent());
    }
}
