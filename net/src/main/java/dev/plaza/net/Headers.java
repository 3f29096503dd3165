package dev.plaza.net;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Immutable HTTP header fields, names compared case-insensitively (RFC 9110 §5.1), in arrival order. */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    private final Map<String, List<String>> fields;

    private Headers(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** {@code Headers.of("Accept", "application/activity+json", "User-Agent", "Plaza")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs; got %d strings"
                    .formatted(namesAndValues.length));
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            add(fields, namesAndValues[i], namesAndValues[i + 1]);
        }
        return freeze(fields);
    }

    /** From a map such as {@code java.net.http.HttpHeaders.map()} or {@code HttpExchange.getRequestHeaders()}. */
    public static Headers of(Map<String, List<String>> map) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        map.forEach((name, values) -> values.forEach(value -> add(fields, name, value)));
        return freeze(fields);
    }

    public Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    public List<String> all(String name) {
        return fields.getOrDefault(key(name), List.of());
    }

    /** All lines of a field, each trimmed, joined by ", " (RFC 9110 §5.3; RFC 9421 §2.1). */
    public Optional<String> combined(String name) {
        List<String> values = all(name);
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.stream().map(String::strip).collect(Collectors.joining(", ")));
    }

    public boolean contains(String name) {
        return fields.containsKey(key(name));
    }

    /** A copy where {@code name} has exactly this one value. */
    public Headers with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(fields);
        copy.remove(key(name));
        add(copy, name, value);
        return freeze(copy);
    }

    public Headers without(String name) {
        Map<String, List<String>> copy = new LinkedHashMap<>(fields);
        copy.remove(key(name));
        return freeze(copy);
    }

    /** Lower-case field names. */
    public Set<String> names() {
        return fields.keySet();
    }

    /** Lower-case field names to their values. */
    public Map<String, List<String>> asMap() {
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    private static void add(Map<String, List<String>> fields, String name, String value) {
        requireNonNull(value, () -> "value of header " + name);
        if (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c > '~')) {
            throw new IllegalArgumentException("\"%s\" is not a valid HTTP header name".formatted(name));
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the value of header %s contains a line break".formatted(name));
        }
        fields.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
    }

    private static Headers freeze(Map<String, List<String>> fields) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        fields.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
        return new Headers(Collections.unmodifiableMap(frozen));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
