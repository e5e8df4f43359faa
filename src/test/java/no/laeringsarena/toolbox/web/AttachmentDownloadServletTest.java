package no.laeringsarena.toolbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The download header names the file safely for old and new browsers alike. */
class AttachmentDownloadServletTest {

    @Test
    void contentDispositionIsAlwaysAnAttachmentWithAnAsciiAndAUtf8Name() {
        assertEquals("attachment; filename=\"Arkivplan for Nye B_ kommune.pdf\"; "
                        + "filename*=UTF-8''Arkivplan%20for%20Nye%20B%C3%B8%20kommune.pdf",
                AttachmentDownloadServlet.contentDisposition("Arkivplan for Nye Bø kommune.pdf"));
        assertEquals("attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt",
                AttachmentDownloadServlet.contentDisposition("a\"b.txt"));
    }
}
