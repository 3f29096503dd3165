package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A Collection, OrderedCollection or one of their pages. {@code items} holds {@code items} or
 * {@code orderedItems}, whichever the document used, in document order.
 */
public record Collection(
        Optional<String> id,
        Type type,
        Optional<Long> totalItems,
        Optional<Ref> first,
        Optional<Ref> next,
        Optional<String> partOf,
        List<Ref> items) implements AsObject {

    /** The four collection types of ActivityStreams. */
    public enum Type {
        COLLECTION("Collection"),
        ORDERED_COLLECTION("OrderedCollection"),
        COLLECTION_PAGE("CollectionPage"),
        ORDERED_COLLECTION_PAGE("OrderedCollectionPage");

        private final String asName;

        Type(String asName) {
            this.asName = asName;
        }

        public String asName() {
            return asName;
        }

        public boolean page() {
            return this == COLLECTION_PAGE || this == ORDERED_COLLECTION_PAGE;
        }

        static Optional<Type> of(String type) {
            for (Type candidate : values()) {
                if (candidate.asName.equals(type)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }

    public Collection {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(totalItems, "totalItems");
        requireNonNull(first, "first");
        requireNonNull(next, "next");
        requireNonNull(partOf, "partOf");
        items = List.copyOf(items);
    }

    @Override
    public Optional<String> iri() {
        return id;
    }

    @Override
    public String asType() {
        return type.asName();
    }
}
