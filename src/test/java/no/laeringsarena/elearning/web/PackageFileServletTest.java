package no.laeringsarena.elearning.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PackageFileServletTest {

    @Test
    void packageContentIsSandboxedWithoutTheSiteOrigin() {
        String policy = PackageFileServlet.policy("https://laering.example.no");
        assertTrue(policy.contains("sandbox allow-scripts allow-forms"), policy);
        assertFalse(policy.contains("allow-same-origin"), policy);
        assertFalse(PackageFileServlet.SANDBOX.contains("allow-same-origin"));
        assertTrue(policy.contains("connect-src 'self' https://laering.example.no;"), policy);
        assertTrue(policy.contains("frame-ancestors 'self' https://laering.example.no;"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
    }
}
