package no.laeringsarena.learningrecord.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin use of the LRS: launched content (a cmi5 AU in the player's sandboxed frame, whose origin is "null",
 * or content hosted elsewhere) sends statements with the auth token it was given. The LRS authenticates by the
 * Authorization header only, never by cookies, so any origin may call it; a preflight (OPTIONS) is answered here,
 * before the xAPI filter asks for credentials.
 */
@WebFilter(urlPatterns = "/xapi/*", asyncSupported = true)
public class XapiCorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers",
                "X-Experience-API-Version, X-Experience-API-Consistent-Through, ETag, Last-Modified, Location, Content-Type");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, PUT, POST, DELETE, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
