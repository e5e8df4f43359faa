package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void theCertificateSaysWhoCompletedWhatWhenAndHowToVerifyIt() throws Exception {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Texts("Kursbevis", "Læringsarena bekrefter at",
                "Åse Ødegård", "har fullført kurset", "Digital kommunesammenslåing – seks faser",
                List.of("Dato: 3. mars 2025", "Omfang: 0,8 timer", "Utstedt av Læringsarena"),
                "Kontrollkode: ABCDE23456. Kontroller kursbeviset på",
                "https://laering.example/kursbevis/verifiser.xhtml?kode=ABCDE23456"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Kursbevis", "Åse Ødegård", "Digital kommunesammenslåing – seks faser",
                    "3. mars 2025", "0,8 timer", "Læringsarena", "ABCDE23456",
                    "https://laering.example/kursbevis/verifiser.xhtml?kode=ABCDE23456")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarks() throws Exception {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Texts("Kursbevis", "x", "Ĳsbrand 山田", "y", "z",
                List.of(), "v", "u"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("?sbrand ??"));
        }
    }
}
