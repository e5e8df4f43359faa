package no.laeringsarena.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for integration tests: keeps cookies, follows redirects, and submits Faces
 * forms the way a browser does (fields, the pressed button, and the form's view state).
 */
public final class FacesClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient http;

    public record Page(int status, URI uri, String body) {
        public boolean contains(String text) {
            return body.contains(text);
        }
    }

    public FacesClient(URI base, String acceptLanguage) {
        this(base, acceptLanguage, new CookieManager());
    }

    private FacesClient(URI base, String acceptLanguage, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.acceptLanguage = acceptLanguage;
    }

    /**
     * The same visitor (the same cookies, so the same session) talking to another server of the same site, as a
     * load balancer would send them there: for tests with several application instances.
     */
    public FacesClient sameVisitorAt(URI otherBase) {
        return new FacesClient(otherBase, acceptLanguage, cookies);
    }

    /** The page as if it had been served by the server at {@code otherBase} (its forms then post there). */
    public static Page servedBy(Page page, URI otherBase) {
        URI uri = page.uri();
        URI moved = otherBase.resolve(uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        return new Page(page.status(), moved, page.body());
    }

    private final String acceptLanguage;

    public Page get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    /** A download: status, content type and the bytes as sent. */
    public record Download(int status, String contentType, byte[] body) {
    }

    public Download download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** Submits form {@code formId} of {@code page} with the given fields (ids without the form prefix). */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        Map<String, String> form = formFields(page, formId, fields, buttonId);
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(page.uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    /** What a browser posts for a form: its fields (prefixed with the form id), the pressed button and the view state. */
    private static Map<String, String> formFields(Page page, String formId, Map<String, String> fields, String buttonId) {
        int formStart = page.body().indexOf("id=\"" + formId + "\"");
        if (formStart < 0) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri());
        }
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find(formStart)) {
            throw new IllegalStateException("No view state in form " + formId);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return form;
    }

    /** A file for {@link #submitMultipart}: the name the browser sends, its claimed type, and the bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /** Submits a multipart form with one file under {@code fileField} (id without the form prefix). */
    public Page submitWithFile(Page page, String formId, Map<String, String> fields, String fileField, String fileName,
                               byte[] file, String buttonId) throws IOException, InterruptedException {
        return submitMultipart(page, formId, fields, new FilePart(fileField, fileName, "application/octet-stream", file),
                buttonId);
    }

    /** Submits a multipart form with one file of the given content type under {@code fileFieldId}. */
    public Page submitWithFile(Page page, String formId, Map<String, String> fields, String fileFieldId,
                               String fileName, String contentType, byte[] content, String buttonId)
            throws IOException, InterruptedException {
        return submitMultipart(page, formId, fields, new FilePart(fileFieldId, fileName, contentType, content), buttonId);
    }

    /** Submits a multipart form (one with a file field) as a browser does, with the file and the other fields. */
    public Page submitMultipart(Page page, String formId, Map<String, String> fields, FilePart file, String buttonId)
            throws IOException, InterruptedException {
        Map<String, String> form = formFields(page, formId, fields, buttonId);
        String boundary = "----la-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : form.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(page.uri()).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    /** A download with its response headers. */
    public HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return fetch(path, Map.of());
    }

    /** A download with extra request headers (and this client's cookies), with its response headers. */
    public HttpResponse<byte[]> fetch(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Page logIn(String email, String password) throws IOException, InterruptedException {
        Page login = get("logg-inn.xhtml");
        return submit(login, "login-form", Map.of("email", email, "password", password), "submit");
    }

    /** As if the visitor had chosen a language with the switch earlier (the remembered-choice cookie). */
    public FacesClient withChosenLanguage(String tag) {
        HttpCookie cookie = new HttpCookie("la_lang", tag);
        cookie.setPath("/");
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", acceptLanguage);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
