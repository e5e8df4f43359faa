package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.laeringsarena.platform.web.ChartBar;
import org.junit.jupiter.api.Test;

class ChartBarTest {

    @Test
    void aLongLabelIsShortenedToFitBesideTheBars() {
        ChartBar bar = new ChartBar("Digital kommunesammenslåing – seks faser (Helse og velferd)", 40);
        assertEquals("Digital kommunesammenslåing – s…", bar.label());
        assertEquals(32, bar.label().length());
        assertEquals("Kort", new ChartBar("Kort", 40).label());
    }

    @Test
    void aShareStaysBetweenNoneAndAll() {
        assertEquals(0, new ChartBar("x", -5).percent());
        assertEquals(100, new ChartBar("x", 130).percent());
    }
}
