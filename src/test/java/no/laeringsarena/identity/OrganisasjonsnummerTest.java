package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisasjonsnummerTest {

    @Test
    void acceptsARealOrganisationNumberWithOrWithoutSpaces() {
        assertEquals("974760673", Organisasjonsnummer.parse("974760673").orElseThrow().value());
        assertEquals("974760673", Organisasjonsnummer.parse(" 974 760 673 ").orElseThrow().value());
    }

    @Test
    void refusesAWrongCheckDigitTheWrongLengthAndLetters() {
        assertTrue(Organisasjonsnummer.parse("974760674").isEmpty(), "wrong check digit");
        assertTrue(Organisasjonsnummer.parse("97476067").isEmpty(), "eight digits");
        assertTrue(Organisasjonsnummer.parse("9747606730").isEmpty(), "ten digits");
        assertTrue(Organisasjonsnummer.parse("97476067A").isEmpty(), "a letter");
        assertTrue(Organisasjonsnummer.parse("").isEmpty());
        assertTrue(Organisasjonsnummer.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Organisasjonsnummer("123456789"));
    }

    @Test
    void refusesEveryNumberWhoseCheckDigitWouldBeTen() {
        // weights 3 2 7 6 5 4 3 2: "40000000" sums to 12, remainder 1, so its check digit would be 10
        for (int d = 0; d <= 9; d++) {
            assertTrue(Organisasjonsnummer.parse("40000000" + d).isEmpty(), "40000000" + d);
        }
    }

    @Test
    void demoOrganisationsHaveValidNumbers() {
        assertTrue(Organisasjonsnummer.parse(DemoData.DEMO_KOMMUNE_ORGNR).isPresent());
        assertTrue(Organisasjonsnummer.parse(DemoData.DEMO_FYLKE_ORGNR).isPresent());
    }
}
