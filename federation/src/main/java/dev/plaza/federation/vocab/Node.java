package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.MALFORMED;
import static dev.plaza.federation.vocab.AsParseException.Problem.TOO_LARGE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A JSON value and its path, with readers for the shapes ActivityStreams allows: one value or an
 * array, an IRI or an object with an id. Every failure names the path.
 */
record Node(JsonNode json, String path, AsLimits limits) {

    Node field(String name) {
        JsonNode value = json.get(name);
        return new Node(value == null ? MissingNode.getInstance() : value, path + "." + name, limits);
    }

    boolean absent() {
        return json.isMissingNode() || json.isNull();
    }

    /** The value as a list: an array's elements, a single value alone, nothing when absent. */
    List<Node> elements() {
        if (absent()) {
            return List.of();
        }
        if (!json.isArray()) {
            return List.of(this);
        }
        List<Node> elements = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            elements.add(new Node(json.get(i), path + "[" + i + "]", limits));
        }
        return elements;
    }

    /** Like {@link #elements()}, refusing more than {@code max} entries. */
    List<Node> elements(int max) {
        List<Node> elements = elements();
        if (elements.size() > max) {
            throw new AsParseException(path, TOO_LARGE, "%d entries; the limit is %d".formatted(elements.size(), max));
        }
        return elements;
    }

    /** Where a single value is expected, servers sometimes send an array: the first entry counts. */
    Optional<Node> first() {
        return elements().stream().findFirst();
    }

    List<String> types() {
        return elements().stream().map(type -> type.text(limits.maxStringChars())).toList();
    }

    Optional<String> text(String name) {
        return field(name).textValue(limits.maxStringChars());
    }

    Optional<String> html(String name) {
        return html(name, RemoteHtml::sanitize);
    }

    /** {@code sanitizer}: {@link RemoteHtml#sanitize}, perhaps remembering what it already did for this object. */
    Optional<String> html(String name, UnaryOperator<String> sanitizer) {
        return field(name).textValue(limits.maxHtmlChars()).map(sanitizer).filter(html -> !html.isBlank());
    }

    private Optional<String> textValue(int maxChars) {
        return absent() ? Optional.empty() : Optional.of(text(maxChars));
    }

    String text(int maxChars) {
        if (!json.isTextual()) {
            throw malformed("expected a string, found " + Shapes.of(json));
        }
        String text = json.asText();
        if (text.length() > maxChars) {
            throw new AsParseException(path, TOO_LARGE, "a string of %d chars; the limit is %d".formatted(text.length(), maxChars));
        }
        return text;
    }

    String requiredId() {
        return id().orElseThrow(() -> new AsParseException(path + ".id", MALFORMED,
                "missing; this object needs an absolute http(s) id"));
    }

    Optional<String> id() {
        Node id = field("id");
        return id.absent() ? Optional.empty() : Optional.of(id.iriValue());
    }

    /** An IRI, whether sent as a string, an object with an id, or a Link with an href. */
    Optional<String> iri(String name) {
        return field(name).first().flatMap(Node::iriOrEmbeddedId);
    }

    List<String> iris(String name) {
        return field(name).elements().stream().flatMap(node -> node.iriOrEmbeddedId().stream()).toList();
    }

    /** Recipients: like {@link #iris}, with the compact forms of the Public collection expanded. */
    List<String> audience(String name) {
        return field(name).elements().stream()
                .map(node -> node.json.isTextual() && (node.json.asText().equals("as:Public") || node.json.asText().equals("Public"))
                        ? Optional.of(Terms.PUBLIC) : node.iriOrEmbeddedId())
                .flatMap(Optional::stream).toList();
    }

    private Optional<String> iriOrEmbeddedId() {
        if (json.isTextual()) {
            return Optional.of(iriValue());
        }
        if (json.isObject()) {
            return json.has("href") && !json.has("id") ? field("href").first().map(Node::iriValue) : id();
        }
        throw malformed("expected an IRI or an object with an id, found " + Shapes.of(json));
    }

    String iriValue() {
        String value = text(limits.maxStringChars());
        if (!Iris.isAbsoluteHttp(value)) {
            throw malformed("expected an absolute http(s) IRI, found " + Shapes.quote(value));
        }
        return value;
    }

    boolean bool(String name) {
        Node value = field(name);
        if (value.absent()) {
            return false;
        }
        if (!value.json.isBoolean()) {
            throw value.malformed("expected true or false, found " + Shapes.of(value.json));
        }
        return value.json.booleanValue();
    }

    Optional<Long> count(String name) {
        Node value = field(name);
        if (value.absent()) {
            return Optional.empty();
        }
        if (!value.json.canConvertToLong() || !value.json.isIntegralNumber() || value.json.longValue() < 0) {
            throw value.malformed("expected a count (a whole number, 0 or more), found " + Shapes.of(value.json));
        }
        return Optional.of(value.json.longValue());
    }

    Optional<Instant> instant(String name) {
        return text(name).map(text -> field(name).instantOf(text));
    }

    // xsd:dateTime allows a missing offset; such a time is read as UTC rather than refused.
    private Instant instantOf(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw malformed("expected an ISO 8601 date-time, found " + Shapes.quote(text));
            }
        }
    }

    /** A language map such as {@code contentMap}: language tag to sanitized HTML, in document order. */
    Map<String, String> htmlMap(String name, UnaryOperator<String> sanitizer) {
        Node map = field(name);
        if (map.absent()) {
            return Map.of();
        }
        if (!map.json.isObject()) {
            throw map.malformed("expected a language map (an object), found " + Shapes.of(map.json));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : map.json.properties()) {
            map.field(entry.getKey()).textValue(limits.maxHtmlChars())
                    .ifPresent(html -> values.put(entry.getKey(), sanitizer.apply(html)));
        }
        return values;
    }

    AsParseException malformed(String message) {
        return new AsParseException(path, MALFORMED, message);
    }
}
