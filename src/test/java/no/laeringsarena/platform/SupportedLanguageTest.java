package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.laeringsarena.platform.web.SupportedLanguage;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @Test
    void picksTheBrowsersFirstSupportedLanguage() {
        assertEquals(SupportedLanguage.NN, SupportedLanguage.fromAcceptLanguage("nn-NO,nb;q=0.8,en;q=0.5"));
        assertEquals(SupportedLanguage.NB, SupportedLanguage.fromAcceptLanguage("no,en;q=0.5"));
        assertEquals(SupportedLanguage.NB, SupportedLanguage.fromAcceptLanguage("en-US,en;q=0.9"),
                "an English browser still gets bokmål first");
        assertEquals(SupportedLanguage.NN, SupportedLanguage.fromAcceptLanguage("en-US,nn;q=0.5"));
    }

    @Test
    void fallsBackToBokmal() {
        assertEquals(SupportedLanguage.NB, SupportedLanguage.fromAcceptLanguage(null));
        assertEquals(SupportedLanguage.NB, SupportedLanguage.fromAcceptLanguage("fr-FR"));
        assertEquals(SupportedLanguage.NB, SupportedLanguage.fromAcceptLanguage(";;;garbage"));
    }
}
