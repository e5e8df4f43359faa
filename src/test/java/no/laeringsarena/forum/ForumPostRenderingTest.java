package no.laeringsarena.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.platform.MarkdownRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Forum posts are rendered only through {@link MarkdownRenderer#toSafeHtml}: a corpus of XSS payloads (script tags,
 * event handlers, javascript: and data: URLs, SVG, MathML, CSS, encoded and broken variants) must come out without
 * a single tag or attribute that could run code.
 */
class ForumPostRenderingTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Set<String> SAFE_TAGS = Set.of("p", "a", "strong", "em", "b", "i", "u", "s", "strike", "ul", "ol",
            "li", "blockquote", "pre", "code", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody",
            "tr", "th", "td", "del", "sub", "sup", "tt", "big", "small", "div", "span", "font");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)\\s*=\\s*\"([^\"]*)\"");

    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<img src=x onerror=alert(1)//",
                "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">pek her</div>",
                "<a href=\"#\" onclick=\"alert(1)\">klikk</a>",
                "<svg/onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"background:url(javascript:alert(1))\">css</div>",
                "<p style=\"width: expression(alert(1))\">ie</p>",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>send</button></form>",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "[klikk](javascript:alert(1))",
                "[klikk](JaVaScRiPt:alert(1))",
                "[klikk](  javascript:alert(1))",
                "[klikk](&#106;avascript:alert(1))",
                "[klikk](&#x6A;&#x61;&#x76;&#x61;script:alert(1))",
                "[klikk](jav&#x09;ascript:alert(1))",
                "[klikk](javascript&colon;alert(1))",
                "[klikk](%6A%61%76%61script:alert(1))",
                "[klikk](vbscript:msgbox(1))",
                "[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![bilde](javascript:alert(1))",
                "![bilde](x \"onerror=alert(1)\")",
                "[ref][x]\n\n[x]: javascript:alert(1)",
                "<javascript:alert(1)>",
                "<a href=\"&#x6A;avascript:alert(1)\">kodet</a>",
                "[a](https://ks.no \"\\\" onmouseover=\\\"alert(1)\")",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```",
                "<!--<script>alert(1)</script>-->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "\u003cscript\u003ealert(1)\u003c/script\u003e",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<base href=\"javascript:alert(1)//\">",
                "<template><script>alert(1)</script></template>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadComesOutAsSomethingThatRuns(String payload) {
        String html = RENDERER.toSafeHtml("Før\n\n" + payload + "\n\nEtter");
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            assertTrue(SAFE_TAGS.contains(name), "tag <" + name + "> from " + payload + " → " + html);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            String rest = tag.group(2);
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase(Locale.ROOT);
                assertFalse(attr.startsWith("on"), "event handler " + attr + " from " + payload + " → " + html);
                assertFalse(attr.equals("style"), "CSS from " + payload + " → " + html);
                if (attr.equals("href") || attr.equals("src")) {
                    assertTrue(safeUrl(attribute.group(2)), "unsafe URL from " + payload + " → " + html);
                }
                rest = rest.replace(attribute.group(0), "");
            }
            assertEquals("", rest.replace("/", "").strip(), "only well-quoted attributes: " + html);
        }
        assertTrue(html.contains("Etter"), "the rest of the post survives: " + html);
    }

    @Test
    void markupInAPostIsShownAsTextNotDropped() {
        String html = RENDERER.toSafeHtml("Se <script>alert('x')</script> her");
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void ordinaryFormattingStillWorks() {
        String html = RENDERER.toSafeHtml("**Arkiv** og *Noark 5*: [veileder](https://www.arkivverket.no/)\n\n> sitat");
        assertTrue(html.contains("<strong>Arkiv</strong>") && html.contains("<em>Noark 5</em>"), html);
        assertTrue(html.contains("href=\"https://www.arkivverket.no/\""), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    /** Decodes numeric and named character references, then allows only http(s), mailto and relative URLs. */
    private static boolean safeUrl(String value) {
        String decoded = value;
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(decoded);
        StringBuilder sb = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) code)));
        }
        numeric.appendTail(sb);
        decoded = sb.toString().replace("&colon;", ":").replace("&amp;", "&").replaceAll("[\\s\\x00-\\x1f]", "")
                .toLowerCase(Locale.ROOT);
        int colon = decoded.indexOf(':');
        int slash = decoded.indexOf('/');
        boolean relative = colon < 0 || (slash >= 0 && slash < colon);
        return relative || decoded.startsWith("http:") || decoded.startsWith("https:") || decoded.startsWith("mailto:");
    }
}
