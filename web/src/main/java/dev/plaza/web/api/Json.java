package dev.plaza.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The API's own JSON mapping, so that what it sends is exactly what the OpenAPI document says,
 * whatever mapper the rest of the server configures: snake_case names, ISO-8601 instants, nulls
 * written out.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * A number the store keeps in single precision, as the shortest decimal that is that number: 0.8
     * rather than 0.800000011920929.
     */
    static double single(double value) {
        return Double.parseDouble(Float.toString((float) value));
    }

    static void send(Context ctx, Object body) {
        send(ctx, HttpStatus.OK, body);
    }

    static void send(Context ctx, HttpStatus status, Object body) {
        try {
            ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an API response as JSON", e);
        }
    }
}
