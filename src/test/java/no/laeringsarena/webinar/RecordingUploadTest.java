package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.laeringsarena.catalog.MediaType;
import org.junit.jupiter.api.Test;

class RecordingUploadTest {

    /** The first bytes of an MP4 file (an ftyp box), then padding. */
    static byte[] mp4(int size) {
        byte[] bytes = new byte[size];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    @Test
    void anMp4IsAcceptedByItsContentUnderASafeNameWithItsOwnExtension() {
        RecordingUpload.Accepted accepted = RecordingUpload.accept("C:\\Opptak\\Møte 12:30 <endelig>.mov", mp4(4096), 10_000);
        assertEquals(MediaType.MP4, accepted.type());
        assertEquals("Møte 12_30 _endelig_.mp4", accepted.fileName());
        assertEquals("opptak.mp4", RecordingUpload.accept("...", mp4(64), 10_000).fileName());
        assertEquals("opptak.mp4", RecordingUpload.accept(null, mp4(64), 10_000).fileName());
    }

    @Test
    void anEmptyFileATooLargeOneAndAnythingThatIsNotAVideoAreRefusedWithTheReason() {
        assertEquals("recording.error.missing",
                assertThrows(FollowUpException.class, () -> RecordingUpload.accept("a.mp4", new byte[0], 100)).messageKey());
        FollowUpException tooLarge = assertThrows(FollowUpException.class,
                () -> RecordingUpload.accept("a.mp4", mp4(3 * 1024 * 1024), 2 * 1024 * 1024));
        assertEquals("recording.error.tooLarge", tooLarge.messageKey());
        assertArrayEquals(new Object[] {2L}, tooLarge.args(), "the limit in whole megabytes, for the message");
        byte[] pdf = Arrays.copyOf("%PDF-1.7 not a video".getBytes(StandardCharsets.US_ASCII), 64);
        assertEquals("recording.error.notVideo",
                assertThrows(FollowUpException.class, () -> RecordingUpload.accept("opptak.mp4", pdf, 10_000)).messageKey(),
                "a file named .mp4 is still not a video");
        byte[] captions = "WEBVTT\n\n00:00.000 --> 00:01.000\nHei".getBytes(StandardCharsets.UTF_8);
        assertEquals("recording.error.notVideo",
                assertThrows(FollowUpException.class, () -> RecordingUpload.accept("a.vtt", captions, 10_000)).messageKey());
    }
}
