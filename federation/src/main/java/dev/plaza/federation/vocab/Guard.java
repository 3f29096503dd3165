package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.JSON_LD_TRICK;
import static dev.plaza.federation.vocab.AsParseException.Problem.TOO_LARGE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One walk over the whole document before any field is read: limits on depth, arrays and
 * strings, and the JSON-LD features of design §6 that make a JSON-LD processor see another
 * document than the one Plaza reads (keywords outside {@code @context}, IRI-named properties).
 */
final class Guard {

    private final AsLimits limits;

    Guard(AsLimits limits) {
        this.limits = limits;
    }

    void check(JsonNode root) {
        walk(root, "$", 1);
    }

    private void walk(JsonNode node, String path, int depth) {
        if (node.isContainerNode() && depth > limits.maxDepth()) {
            throw new AsParseException(path, TOO_LARGE,
                    "nested deeper than %d levels; refused".formatted(limits.maxDepth()));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String childPath = path + "." + entry.getKey();
                if (entry.getKey().equals("@context")) {
                    ContextCheck.check(entry.getValue(), childPath);
                    walkContext(entry.getValue(), childPath, depth + 1);
                } else {
                    checkKey(entry.getKey(), childPath);
                    walk(entry.getValue(), childPath, depth + 1);
                }
            }
        } else if (node.isArray()) {
            if (node.size() > limits.maxArrayItems()) {
                throw new AsParseException(path, TOO_LARGE, "%d entries; the limit is %d"
                        .formatted(node.size(), limits.maxArrayItems()));
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isTextual() && node.asText().length() > limits.maxHtmlChars()) {
            throw new AsParseException(path, TOO_LARGE, "a string of %d chars; the limit is %d"
                    .formatted(node.asText().length(), limits.maxHtmlChars()));
        }
    }

    // Contexts are checked by ContextCheck; this walk only applies the size limits to them.
    private void walkContext(JsonNode context, String path, int depth) {
        if (context.isContainerNode() && depth > limits.maxDepth()) {
            throw new AsParseException(path, TOO_LARGE, "nested deeper than %d levels; refused".formatted(limits.maxDepth()));
        }
        if (context.isArray() && context.size() > limits.maxArrayItems()) {
            throw new AsParseException(path, TOO_LARGE, "%d entries; the limit is %d"
                    .formatted(context.size(), limits.maxArrayItems()));
        }
        for (JsonNode child : context) {
            walkContext(child, path, depth + 1);
        }
    }

    private void checkKey(String key, String path) {
        if (key.length() > limits.maxStringChars()) {
            throw new AsParseException(path, TOO_LARGE, "a property name of %d chars".formatted(key.length()));
        }
        if (key.startsWith("@")) {
            throw new AsParseException(path, JSON_LD_TRICK, switch (key) {
                case "@graph", "@reverse", "@included" ->
                        key + " gives the document other subjects than the one Plaza reads; refused";
                case "@id", "@type" -> key + " outside @context: expanded or aliased JSON-LD is refused; "
                        + "send compacted ActivityStreams with 'id' and 'type'";
                default -> "the JSON-LD keyword %s is refused outside @context".formatted(key);
            });
        }
        Terms.termOf(Terms.expand(key, Map.of())).ifPresent(term -> {
            throw new AsParseException(path, JSON_LD_TRICK,
                    "'%s' is another name for '%s'; a JSON-LD processor would merge the two; refused".formatted(key, term));
        });
    }
}
