package dev.plaza.web.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3.1 document that describes this API. */
final class OpenApiEndpoint {

    static final String RESOURCE = "/openapi/plaza-v1.json";

    private final byte[] document;

    OpenApiEndpoint() {
        this.document = read();
    }

    void get(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(document);
    }

    static byte[] read() {
        try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the OpenAPI document " + RESOURCE, e);
        }
    }
}
