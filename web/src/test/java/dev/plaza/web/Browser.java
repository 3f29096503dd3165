package dev.plaza.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A minimal browser for tests: keeps cookies by hand (so tests can inspect and replay them), never
 * follows redirects, and remembers the CSRF token of the last page it saw.
 */
final class Browser {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf = "";

    Browser(String base) {
        this.base = base;
    }

    static Browser at(WebServer server) {
        return new Browser("http://127.0.0.1:" + server.port());
    }

    /** Logs in through the real form: GET /login (for the CSRF token), then POST. */
    HttpResponse<String> login(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> htmx(String path, String target) {
        return send(request(path).GET().header("HX-Request", "true").header("HX-Target", target));
    }

    /** A form post with the current CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postRaw(path, fields);
    }

    /** A form post with repeated fields (ticked checkboxes) and the current CSRF token. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
        String body = Stream.concat(form.stream(), Stream.of(Map.entry("_csrf", csrf)))
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form post exactly as given: no CSRF token is added. */
    HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart upload of one file field, sent the way htmx sends it (CSRF token in a header). */
    HttpResponse<String> upload(String path, String field, String fileName, byte[] content, boolean htmx) {
        String boundary = "----plaza" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder head = new StringBuilder();
        if (!htmx) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/zip\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + content.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(content, 0, body, headBytes.length, content.length);
        System.arraycopy(tail, 0, body, headBytes.length + content.length, tail.length);
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (htmx) {
            request.header("HX-Request", "true").header("X-CSRF-Token", csrf);
        }
        return send(request);
    }

    /** A GET whose body is kept as bytes, for downloads. */
    HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(withCookies(request(path).GET()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET of an event stream, as EventSource asks for it: the answer comes once its headers do. */
    HttpResponse<java.io.InputStream> stream(String path) {
        try {
            return CLIENT.send(withCookies(request(path).GET().header("Accept", "text/event-stream")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        withCookies(request);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                boolean expired = value.isEmpty() || header.toLowerCase().contains("max-age=0");
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Matcher matcher = CSRF_FIELD.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    String csrf() {
        return csrf;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
