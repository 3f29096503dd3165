package dev.plaza.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One record to its JSON properties; absent values and empty lists are left out. */
final class ObjectWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ObjectWriter() {
    }

    static ObjectNode write(AsObject object) {
        return switch (object) {
            case Actor actor -> ActorWriter.write(actor);
            case Note note -> NoteWriter.write(note);
            case Activity activity -> activity(activity);
            case Collection collection -> collection(collection);
            case Tombstone tombstone -> typed(Optional.of(tombstone.id()), "Tombstone")
                    .setAll(fields().text("formerType", tombstone.formerType()).time("deleted", tombstone.deleted()).node);
            case Link link -> typed(Optional.empty(), "Link")
                    .setAll(fields().text("href", Optional.of(link.href())).text("mediaType", link.mediaType())
                            .text("name", link.name()).node);
            case PublicKey key -> ActorWriter.publicKey(key).put("type", "CryptographicKey");
            case Multikey key -> ActorWriter.multikey(key);
        };
    }

    private static ObjectNode activity(Activity activity) {
        return typed(Optional.of(activity.id()), activity.type()).setAll(fields()
                .text("actor", activity.actor())
                .ref("object", activity.object())
                .ref("target", activity.target())
                .list("to", activity.to()).list("cc", activity.cc()).list("audience", activity.audience())
                .time("published", activity.published()).node);
    }

    private static ObjectNode collection(Collection collection) {
        boolean ordered = collection.type() == Collection.Type.ORDERED_COLLECTION
                || collection.type() == Collection.Type.ORDERED_COLLECTION_PAGE;
        Fields fields = fields()
                .number("totalItems", collection.totalItems())
                .ref("first", collection.first()).ref("next", collection.next())
                .text("partOf", collection.partOf());
        if (!collection.items().isEmpty() || collection.type().page() || collection.first().isEmpty()) {
            ArrayNode items = fields.node.putArray(ordered ? "orderedItems" : "items");
            collection.items().forEach(item -> items.add(refNode(item)));
        }
        return typed(collection.id(), collection.type().asName()).setAll(fields.node);
    }

    static ObjectNode typed(Optional<String> id, String type) {
        ObjectNode node = NODES.objectNode();
        id.ifPresent(value -> node.put("id", value));
        node.put("type", type);
        return node;
    }

    static Fields fields() {
        return new Fields(NODES.objectNode());
    }

    private static JsonNode refNode(Ref ref) {
        return switch (ref) {
            case Ref.Iri iri -> NODES.textNode(iri.value());
            case Ref.Embedded embedded -> write(embedded.object());
        };
    }

    /** A small builder that skips what is absent, so every writer reads as a list of properties. */
    record Fields(ObjectNode node) {

        Fields text(String name, Optional<String> value) {
            value.ifPresent(text -> node.put(name, text));
            return this;
        }

        Fields time(String name, Optional<Instant> value) {
            value.ifPresent(time -> node.put(name, time.toString()));
            return this;
        }

        Fields number(String name, Optional<Long> value) {
            value.ifPresent(number -> node.put(name, number));
            return this;
        }

        Fields flag(String name, boolean value) {
            node.put(name, value);
            return this;
        }

        Fields list(String name, List<String> values) {
            if (!values.isEmpty()) {
                ArrayNode array = node.putArray(name);
                values.forEach(array::add);
            }
            return this;
        }

        Fields ref(String name, Optional<Ref> value) {
            value.ifPresent(ref -> node.set(name, refNode(ref)));
            return this;
        }

        Fields objects(String name, List<ObjectNode> values) {
            if (!values.isEmpty()) {
                node.putArray(name).addAll(values);
            }
            return this;
        }
    }
}
