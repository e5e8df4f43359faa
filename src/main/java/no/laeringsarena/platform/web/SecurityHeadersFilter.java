package no.laeringsarena.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers that keep browsers strict with every page and API answer: no MIME sniffing, no framing by
 * other sites, a modest referrer, no powerful browser features, and HSTS when the request came over TLS
 * (directly or through a proxy that says so). The Content-Security-Policy of Faces pages is set by PrimeFaces
 * in its CSP mode (script nonces); everything else gets a policy that allows nothing but the site itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String FALLBACK_CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
            + "object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!request.getRequestURI().endsWith(".xhtml") && !request.getRequestURI().endsWith("/")) {
            response.setHeader("Content-Security-Policy", FALLBACK_CSP);
        }
        chain.doFilter(request, response);
    }
}
