package no.laeringsarena.identity.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void pathsOnThisSiteAreKept() {
        assertEquals(Optional.of("/kurs/kurs.xhtml?key=personvern"), ReturnPath.of("/kurs/kurs.xhtml?key=personvern"));
        assertEquals(Optional.of("/min-side.xhtml"), ReturnPath.of("/min-side.xhtml"));
    }

    @Test
    void anythingThatCouldLeadElsewhereIsRefused() {
        for (String bad : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example",
                "/%2F%2Fevil.example", "javascript:alert(1)", "/../../etc", "/oidc/callback?code=x", "", " /x",
                "/x\r\nLocation: https://evil.example"}) {
            assertEquals(Optional.empty(), ReturnPath.of(bad), bad);
        }
        assertEquals(Optional.empty(), ReturnPath.of(null));
    }
}
