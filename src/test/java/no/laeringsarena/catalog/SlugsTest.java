package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void norwegianTitlesBecomeKeysTheDatabaseAccepts() {
        assertEquals("rod-og-gul", Slugs.of("Rød og gul", 80, "x"));
        assertEquals("arsmote-i-aerlig-kommune", Slugs.of("  Årsmøte i ærlig kommune! ", 80, "x"));
        assertEquals("cafe-2026", Slugs.of("Café – 2026", 80, "x"));
        assertEquals("leksjon", Slugs.of("???", 80, "leksjon"));
        assertEquals("abc", Slugs.of("abc-def", 4, "x"));
    }
}
