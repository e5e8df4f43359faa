package no.laeringsarena.content;

import static no.laeringsarena.content.ImportDecision.decide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import no.laeringsarena.content.ImportDecision.LastImport;
import org.junit.jupiter.api.Test;

/** The importer's whole rule: new keys are created, changed files update, UI edits are never overwritten. */
class ImportDecisionTest {

    private static final LastImport LAST = new LastImport("hash-1", 3L);

    @Test
    void aNewKeyIsCreated() {
        assertEquals(ImportDecision.CREATE, decide("hash-1", null, null, false));
    }

    @Test
    void anUnchangedFileDoesNothing() {
        assertEquals(ImportDecision.UNCHANGED, decide("hash-1", LAST, 3L, false));
    }

    @Test
    void anUnchangedFileKeepsAUiEditWithoutAWarning() {
        assertEquals(ImportDecision.UNCHANGED, decide("hash-1", LAST, 4L, false));
    }

    @Test
    void aChangedFileUpdatesARowNoOneHasEdited() {
        assertEquals(ImportDecision.UPDATE, decide("hash-2", LAST, 3L, false));
    }

    @Test
    void aChangedFileDoesNotOverwriteARowEditedInTheUi() {
        assertEquals(ImportDecision.SKIP_EDITED_IN_UI, decide("hash-2", LAST, 4L, false));
    }

    @Test
    void aRowDeletedInTheUiIsNotBroughtBack() {
        assertEquals(ImportDecision.SKIP_DELETED_IN_UI, decide("hash-1", LAST, null, false));
        assertEquals(ImportDecision.SKIP_DELETED_IN_UI, decide("hash-2", LAST, null, false));
    }

    @Test
    void aRowCreatedInTheUiWithTheSameKeyIsNotTakenOver() {
        assertEquals(ImportDecision.SKIP_CREATED_IN_UI, decide("hash-1", null, 1L, false));
    }

    @Test
    void forcingLetsTheFileWinOverUiEdits() {
        assertEquals(ImportDecision.FORCED_UPDATE, decide("hash-2", LAST, 4L, true));
        assertEquals(ImportDecision.FORCED_UPDATE, decide("hash-1", null, 1L, true));
        assertEquals(ImportDecision.FORCED_CREATE, decide("hash-2", LAST, null, true));
    }

    @Test
    void forcingDoesNothingExtraWhenThereIsNoConflict() {
        assertEquals(ImportDecision.UPDATE, decide("hash-2", LAST, 3L, true));
        assertEquals(ImportDecision.UNCHANGED, decide("hash-1", LAST, 4L, true));
        assertEquals(ImportDecision.CREATE, decide("hash-1", null, null, true));
    }
}
