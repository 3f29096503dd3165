package dev.plaza.channels.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plaza.channels.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams an ActivityStreams OrderedCollection ({@code outbox.json}, {@code likes.json},
 * {@code bookmarks.json}): one small tree per item of {@code orderedItems}, never a tree of the
 * whole file. Mastodon writes the collection's own fields around the items (BackupService
 * splits a serialized skeleton at a placeholder), so {@code type} may come before or after them.
 */
final class CollectionReader {

    /** The entry stream is drained after the parse, so the CRC check at its end runs. */
    private static final ObjectMapper JSON = JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final String label;
    private final String what;

    /** {@code what} names the expected content for messages, e.g. "an ActivityStreams outbox". */
    CollectionReader(String label, String what) {
        this.label = label;
        this.what = what;
    }

    /** Hands each item to {@code items}; {@code totalItems} hears the declared count if there is one. */
    void read(InputStream in, LongConsumer totalItems, Consumer<JsonNode> items) {
        try (JsonParser parser = JSON.createParser(in)) {
            readCollection(parser, totalItems, items);
            if (parser.nextToken() != null) {
                throw notACollection("there is more JSON after the collection");
            }
            in.transferTo(OutputStream.nullOutputStream());
        } catch (JsonProcessingException e) {
            throw new ImportException("%s is not valid JSON (line %d, column %d): %s".formatted(label,
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(label, e.getMessage()), e);
        }
    }

    private void readCollection(JsonParser parser, LongConsumer totalItems, Consumer<JsonNode> items)
            throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw notACollection("it is %s, not a JSON object".formatted(describe(first)));
        }
        boolean typed = false;
        boolean sawItems = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> typed = checkType(parser.readValueAsTree());
                case "totalItems" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT) {
                        totalItems.accept(parser.getLongValue());
                    }
                }
                case "orderedItems" -> {
                    readItems(parser, value, items);
                    sawItems = true;
                }
                default -> parser.skipChildren();
            }
        }
        if (!typed) {
            throw notACollection("it has no \"type\"");
        }
        if (!sawItems) {
            throw notACollection("it has no \"orderedItems\" (a paged collection fetched from a server is not an archive)");
        }
    }

    private boolean checkType(JsonNode type) {
        boolean ordered = isOrderedCollection(type);
        for (JsonNode each : type.isArray() ? type : JSON.createArrayNode()) {
            ordered |= isOrderedCollection(each);
        }
        if (!ordered) {
            throw notACollection("its type is %s".formatted(type));
        }
        return true;
    }

    private static boolean isOrderedCollection(JsonNode type) {
        return type.isTextual() && type.asText().equals("OrderedCollection");
    }

    private void readItems(JsonParser parser, JsonToken value, Consumer<JsonNode> items) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw notACollection("its \"orderedItems\" is %s, not an array".formatted(describe(value)));
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.accept(parser.readValueAsTree());
        }
    }

    private ImportException notACollection(String why) {
        return new ImportException(
                "%s is not %s (an ActivityStreams OrderedCollection with orderedItems, as Mastodon exports it): %s. Nothing was imported"
                        .formatted(label, what, why));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "empty";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
