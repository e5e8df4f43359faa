package no.laeringsarena.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** What a video player's Range header asks for, against a file of 1000 bytes. */
class ByteRangeTest {

    private static ByteRange part(String header) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.parse(header, 1000)).range();
    }

    @Test
    void theUsualRangesOfAPlayerThatSeeks() {
        assertEquals(new ByteRange(0, 999), part("bytes=0-"));
        assertEquals(new ByteRange(500, 599), part("bytes=500-599"));
        assertEquals(new ByteRange(900, 999), part("bytes=-100"));
        assertEquals(new ByteRange(0, 1), part("bytes=0-1"));
        assertEquals("bytes 500-599/1000", part("bytes=500-599").contentRange(1000));
        assertEquals(100, part("bytes=500-599").length());
    }

    @Test
    void aRangePastTheEndIsCutToTheFile() {
        assertEquals(new ByteRange(990, 999), part("bytes=990-5000"));
        assertEquals(new ByteRange(0, 999), part("bytes=-5000"));
    }

    @Test
    void aRangeWhollyBeyondTheEndCannotBeServed() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=1000-", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=-0", 1000));
    }

    @Test
    void whatWeDoNotReadGetsTheWholeFile() {
        for (String header : new String[] {null, "", "items=0-5", "bytes=5-1", "bytes=a-b", "bytes=0-1,5-6", "bytes=-",
                "bytes=1-x", "bytes=99999999999999999999-"}) {
            assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(header, 1000), String.valueOf(header));
        }
    }
}
