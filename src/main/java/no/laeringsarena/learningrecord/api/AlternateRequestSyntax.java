package no.laeringsarena.learningrecord.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.laeringsarena.learningrecord.xapi.XapiException;

/**
 * xAPI 1.0.x's Alternate Request Syntax (Communication 1.3): a POST with the single query parameter {@code method}
 * and a form body whose Authorization, X-Experience-API-Version, Content-Type, Content-Length, If-Match and
 * If-None-Match are headers, whose {@code content} is the body, and whose other fields are query parameters. The
 * request is rewritten into the request it stands for. xAPI 2.0 dropped the syntax: a 2.0 request using it is refused.
 */
final class AlternateRequestSyntax {

    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");
    private static final int MAX_FORM_BYTES = 4 * 1024 * 1024;

    private AlternateRequestSyntax() {
    }

    /** Rewrites the request if it uses the syntax; 400 if it uses it wrongly or as an xAPI 2.0 request. */
    static void apply(ContainerRequestContext request) {
        List<String> method = request.getUriInfo().getQueryParameters().get("method");
        if (method == null) {
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            throw XapiException.badRequest("the alternate request syntax (method parameter) is only for POST requests");
        }
        if (request.getUriInfo().getQueryParameters().size() != 1 || method.size() != 1
                || !METHODS.contains(method.get(0).toUpperCase(Locale.ROOT))) {
            throw XapiException.badRequest("the alternate request syntax takes one query parameter, method "
                    + "(GET, PUT, POST, DELETE or HEAD); everything else goes in the form body");
        }
        String type = request.getHeaderString("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw XapiException.badRequest("the alternate request syntax needs a body of Content-Type "
                    + "application/x-www-form-urlencoded");
        }
        Map<String, String> form = form(request);
        String version = form.getOrDefault("x-experience-api-version", request.getHeaderString("X-Experience-API-Version"));
        if (version == null || !version.trim().startsWith("1.0")) {
            throw XapiException.badRequest("the alternate request syntax is part of xAPI 1.0.x only, not of xAPI 2.0");
        }
        String target = method.get(0).toUpperCase(Locale.ROOT);
        if (("PUT".equals(target) || "POST".equals(target)) && !form.containsKey("content")) {
            throw XapiException.badRequest("the alternate request syntax sends the body in the form field content");
        }
        StringBuilder query = new StringBuilder();
        form.forEach((name, value) -> {
            if (!HEADERS.contains(name) && !"content".equals(name)) {
                query.append(query.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        request.setRequestUri(request.getUriInfo().getBaseUri(), UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .replaceQuery(query.isEmpty() ? null : query.toString()).build());
        request.getHeaders().remove("Content-Type");
        request.getHeaders().remove("Content-Length");
        form.forEach((name, value) -> {
            if (HEADERS.contains(name) && !"content-length".equals(name)) {
                request.getHeaders().putSingle(name, value);
            }
        });
        byte[] content = form.getOrDefault("content", "").getBytes(StandardCharsets.UTF_8);
        if (form.containsKey("content") && !form.containsKey("content-type")) {
            request.getHeaders().putSingle("Content-Type", "application/json");
        }
        request.getHeaders().putSingle("Content-Length", Integer.toString(content.length));
        request.setEntityStream(new ByteArrayInputStream(content));
        request.setMethod(target);
    }

    /** The form fields; header names in lower case (headers are case-insensitive), others as sent. */
    private static Map<String, String> form(ContainerRequestContext request) {
        String body;
        try {
            byte[] bytes = request.getEntityStream().readNBytes(MAX_FORM_BYTES + 1);
            if (bytes.length > MAX_FORM_BYTES) {
                throw new XapiException(413, "payload_too_large", "the form body is too large");
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw XapiException.badRequest("the form body could not be read");
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isBlank()) {
            return form;
        }
        for (String pair : body.trim().split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw XapiException.badRequest("the body is not application/x-www-form-urlencoded");
            }
            String name;
            String value;
            try {
                name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw XapiException.badRequest("the body is not application/x-www-form-urlencoded");
            }
            String key = HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
            form.put(key, value);
        }
        return form;
    }
}
