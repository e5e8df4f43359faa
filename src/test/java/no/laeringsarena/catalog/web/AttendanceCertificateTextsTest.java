package no.laeringsarena.catalog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.catalog.CertificatePdf;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AttendanceCertificateTextsTest {

    private static final Certificate ATTENDED = Certificate.forAttendance(
            new UserAccount("dina@example.no", "Dina Dahl", "x", null, Set.of(Role.DELTAKER)),
            new Certificate.Attendance(9, "Arkiv i nye kommuner", LocalDate.of(2027, 5, 12), 90),
            OffsetDateTime.parse("2027-05-20T12:00:00Z"), "ABCDE23456");

    @Test
    void aKursbevisForDeltakelseLooksLikeTheCourseOneAndSaysWhoAttendedWhatOnWhichDayForHowLong() throws Exception {
        CertificatePdf.Texts texts = CertificateDownloadServlet.texts(ATTENDED, Locale.forLanguageTag("nb"),
                "https://laering.example/kursbevis/verifiser.xhtml?kode=ABCDE23456");
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(texts))) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"Kursbevis", "Dina Dahl", "har deltatt på", "Arkiv i nye kommuner",
                    "Dato: 12. mai 2027", "Varighet: 1,5 timer", "Utstedt av Læringsarena", "ABCDE23456",
                    "https://laering.example/kursbevis/verifiser.xhtml?kode=ABCDE23456"}) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
        assertEquals("kursbevis-deltakelse-ABCDE23456.pdf", CertificateDownloadServlet.fileName(ATTENDED));
    }

    @Test
    void inEnglishItSaysAttendedAndTheDuration() {
        CertificatePdf.Texts texts = CertificateDownloadServlet.texts(ATTENDED, Locale.ENGLISH, "https://x/");
        assertEquals("has attended", texts.completed());
        assertTrue(texts.facts().contains("Duration: 1.5 hours"), texts.facts().toString());
    }
}
