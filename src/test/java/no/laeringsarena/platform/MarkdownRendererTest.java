package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersFormattingListsAndLinks() {
        String html = renderer.toSafeHtml("**Viktig:** les [veilederen](https://www.ks.no/).\n\n- ett\n- to");
        assertTrue(html.contains("<strong>Viktig:</strong>"), html);
        assertTrue(html.contains("<a href=\"https://www.ks.no/\""), html);
        assertTrue(html.contains("<li>ett</li>"), html);
    }

    @Test
    void neverLetsScriptsThrough() {
        String html = renderer.toSafeHtml("Hei <script>alert(1)</script> [klikk](javascript:alert(2)) <img src=x onerror=alert(3)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), "shown as text, not run: " + html);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals("", renderer.toSafeHtml(null));
        assertEquals("", renderer.toSafeHtml("  "));
    }
}
