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
 * (directly or through a proxy that says so), and a Content-Security-Policy that allows only the site's own
 * resources. Faces pages need inline scripts (PrimeFaces widget set-up), so their policy allows 'unsafe-inline'
 * scripts from the site itself but nothing from elsewhere, no eval, no plugins and no framing. (PrimeFaces' nonce
 * mode was tried: it refused legitimate postbacks on view-scoped pages with "CSP nonce mismatch".)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; media-src 'self' https:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

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
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/xapi/") || path.startsWith("/scim/");
        response.setHeader("Content-Security-Policy", api ? API_CSP : PAGE_CSP);
        chain.doFilter(request, response);
    }
}
