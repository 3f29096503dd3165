package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.JSON_LD_TRICK;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a document's {@code @context}. Plaza never fetches contexts; it reads terms by name, so an
 * embedded context may add terms, but not alias keywords, redefine the terms Plaza reads or
 * change how every other term expands.
 */
final class ContextCheck {

    private static final Set<String> ALLOWED_KEYWORDS = Set.of("@language", "@version", "@protected", "@direction");
    private static final Set<String> ALLOWED_IN_DEFINITION = Set.of("@id", "@type", "@container", "@language", "@prefix");
    private static final Set<String> ALLOWED_CONTAINERS = Set.of("@list", "@set", "@language", "@index");

    private ContextCheck() {
    }

    static void check(JsonNode context, String path) {
        if (context.isTextual()) {
            checkReference(context.asText(), path);
        } else if (context.isObject()) {
            checkEmbedded(context, path);
        } else if (context.isArray()) {
            for (int i = 0; i < context.size(); i++) {
                JsonNode entry = context.get(i);
                String entryPath = path + "[" + i + "]";
                if (entry.isTextual()) {
                    checkReference(entry.asText(), entryPath);
                } else if (entry.isObject()) {
                    checkEmbedded(entry, entryPath);
                } else {
                    throw trick(entryPath, "a context entry must be a URL or an object, found " + Shapes.of(entry));
                }
            }
        } else {
            throw trick(path, "a context must be a URL, an object or an array of them, found " + Shapes.of(context));
        }
    }

    // A relative reference would be resolved against the document's URL and fetched: never.
    private static void checkReference(String url, String path) {
        if (!Iris.isAbsoluteHttp(url)) {
            throw trick(path, "a context reference must be an absolute http(s) URL, found " + Shapes.quote(url));
        }
    }

    private static void checkEmbedded(JsonNode context, String path) {
        Map<String, String> prefixes = new HashMap<>();
        context.properties().forEach(entry -> {
            if (entry.getValue().isTextual() && !entry.getKey().startsWith("@")) {
                prefixes.put(entry.getKey(), entry.getValue().asText());
            }
        });
        context.properties().forEach(entry -> checkTerm(entry.getKey(), entry.getValue(), path + "." + entry.getKey(), prefixes));
    }

    private static void checkTerm(String term, JsonNode definition, String path, Map<String, String> prefixes) {
        if (term.startsWith("@")) {
            if (!ALLOWED_KEYWORDS.contains(term)) {
                throw trick(path, term + " in an embedded context changes how every term expands; refused");
            }
            return;
        }
        if (definition.isNull()) {
            if (Terms.meanings(term).isPresent() || term.equals("id") || term.equals("type")) {
                throw trick(path, "the context undefines '%s', which Plaza reads".formatted(term));
            }
            return;
        }
        String iri = definition.isObject() ? checkDefinition(definition, path) : textOf(definition, path);
        if (iri == null) {
            throw trick(path, "the definition of '%s' has no @id".formatted(term));
        }
        checkMeaning(term, iri, path, prefixes);
    }

    private static String checkDefinition(JsonNode definition, String path) {
        definition.properties().forEach(entry -> {
            String key = entry.getKey();
            if (!ALLOWED_IN_DEFINITION.contains(key)) {
                throw trick(path + "." + key, key + " in a term definition is refused");
            }
            if (key.equals("@container")) {
                checkContainer(entry.getValue(), path + "." + key);
            }
        });
        JsonNode id = definition.get("@id");
        return id == null ? null : textOf(id, path + ".@id");
    }

    private static void checkContainer(JsonNode container, String path) {
        for (JsonNode value : container.isArray() ? container : List.of(container)) {
            if (!value.isTextual() || !ALLOWED_CONTAINERS.contains(value.asText())) {
                throw trick(path, "container %s is refused (allowed: %s)".formatted(value, ALLOWED_CONTAINERS));
            }
        }
    }

    private static void checkMeaning(String term, String iri, String path, Map<String, String> prefixes) {
        if (iri.startsWith("@")) {
            boolean plainAlias = term.equals("id") && iri.equals("@id") || term.equals("type") && iri.equals("@type");
            if (!plainAlias) {
                throw trick(path, "'%s' is an alias of the keyword %s; refused".formatted(term, iri));
            }
            return;
        }
        if (term.equals("id") || term.equals("type")) {
            throw trick(path, "the context redefines '%s' as %s".formatted(term, Shapes.quote(iri)));
        }
        if (!Terms.samePrefix(term, iri)) {
            throw trick(path, "the context redefines the prefix '%s' as %s".formatted(term, Shapes.quote(iri)));
        }
        String expanded = Terms.expand(iri, prefixes);
        Terms.meanings(term).ifPresentOrElse(meanings -> {
            if (!meanings.contains(expanded)) {
                throw trick(path, "the context redefines '%s' as %s; ActivityStreams defines it as %s"
                        .formatted(term, Shapes.quote(expanded), meanings.iterator().next()));
            }
        }, () -> Terms.termOf(expanded).ifPresent(aliased -> {
            throw trick(path, "'%s' is another name for '%s'; refused".formatted(term, aliased));
        }));
    }

    private static String textOf(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw trick(path, "a term must map to an IRI, found " + Shapes.of(value));
        }
        return value.asText();
    }

    private static AsParseException trick(String path, String message) {
        return new AsParseException(path, JSON_LD_TRICK, message);
    }
}
