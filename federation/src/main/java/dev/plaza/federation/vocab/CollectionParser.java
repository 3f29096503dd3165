package dev.plaza.federation.vocab;

import java.util.List;

/** Reads collections and their pages; pages may be linked or embedded. */
final class CollectionParser {

    private CollectionParser() {
    }

    static Collection read(Node collection, Collection.Type type, ObjectReader objects) {
        Node items = collection.field("orderedItems").absent() ? collection.field("items") : collection.field("orderedItems");
        List<Ref> refs = items.elements().stream().map(objects::ref).toList();
        return new Collection(
                collection.id(),
                type,
                collection.count("totalItems"),
                ActivityParser.ref(collection.field("first"), objects),
                ActivityParser.ref(collection.field("next"), objects),
                collection.iri("partOf"),
                refs);
    }
}
