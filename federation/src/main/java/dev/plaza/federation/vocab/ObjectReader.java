package dev.plaza.federation.vocab;

import static dev.plaza.federation.vocab.AsParseException.Problem.MALFORMED;
import static dev.plaza.federation.vocab.AsParseException.Problem.UNSUPPORTED;

import java.util.List;
import java.util.Optional;

/** Picks the record for an object by its type, for the document and for every embedded object. */
final class ObjectReader {

    Optional<AsObject> read(Node node) {
        List<String> types = node.field("type").types();
        if (types.isEmpty()) {
            throw new AsParseException(node.path() + ".type", MALFORMED, "missing; every object needs a type");
        }
        for (String type : types) {
            Optional<AsObject> object = read(node, type);
            if (object.isPresent()) {
                return object;
            }
        }
        return Optional.empty();
    }

    AsObject readSupported(Node node) {
        return read(node).orElseThrow(() -> new AsParseException(node.path() + ".type", UNSUPPORTED,
                "%s is not a type Plaza handles".formatted(String.join(", ", node.field("type").types()))));
    }

    /** A value that names an object: an IRI, an object with only an id, or an embedded object. */
    Ref ref(Node value) {
        if (value.json().isTextual()) {
            return new Ref.Iri(value.iriValue());
        }
        if (!value.json().isObject()) {
            throw value.malformed("expected an IRI or an object, found " + Shapes.of(value.json()));
        }
        if (value.field("type").absent()) {
            return new Ref.Iri(value.requiredId());
        }
        // Unknown embedded types are kept as their id: the receiver can fetch the object if it cares.
        return read(value).<Ref>map(Ref.Embedded::new).orElseGet(() -> value.id().<Ref>map(Ref.Iri::new)
                .orElseThrow(() -> new AsParseException(value.path() + ".type", UNSUPPORTED,
                        "%s is not a type Plaza handles, and the object has no id to refer to it by"
                                .formatted(String.join(", ", value.field("type").types())))));
    }

    private Optional<AsObject> read(Node node, String type) {
        Optional<ActorType> actor = ActorType.of(type);
        if (actor.isPresent()) {
            return Optional.of(ActorParser.read(node, actor.get()));
        }
        Optional<NoteType> note = NoteType.of(type);
        if (note.isPresent()) {
            return Optional.of(NoteParser.read(node, note.get()));
        }
        Optional<Collection.Type> collection = Collection.Type.of(type);
        if (collection.isPresent()) {
            return Optional.of(CollectionParser.read(node, collection.get(), this));
        }
        if (ActivityParser.TYPES.contains(type)) {
            return Optional.of(ActivityParser.read(node, type, this));
        }
        return Optional.ofNullable(switch (type) {
            case "Tombstone" -> new Tombstone(node.requiredId(), node.text("formerType"), node.instant("deleted"));
            case "Link" -> Urls.link(node).orElseThrow();
            case "CryptographicKey", "Key" -> KeyParser.publicKey(node);
            case "Multikey" -> KeyParser.multikey(node);
            default -> null;
        });
    }
}
