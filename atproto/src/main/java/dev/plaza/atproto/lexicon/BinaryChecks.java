package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.lexicon.LexType.BlobType;
import dev.plaza.atproto.lexicon.LexType.BytesType;
import dev.plaza.atproto.syntax.CidSyntax;
import java.util.Base64;

/**
 * Bytes, links and blobs in their JSON form (atproto data model spec): {"$bytes": base64},
 * {"$link": CID} and {"$type": "blob", "ref": link, "mimeType": …, "size": …}.
 */
final class BinaryChecks {

    private BinaryChecks() {
    }

    static void bytes(JsonNode value, BytesType type, String path) {
        if (!DataShapes.isBytes(value) || !value.get(DataShapes.BYTES).isTextual()) {
            throw DataValidator.expected(path, "bytes as {\"$bytes\": base64}", value);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value.get(DataShapes.BYTES).textValue());
        } catch (IllegalArgumentException e) {
            throw DataValidator.refuse(path, "$bytes is not base64: " + e.getMessage());
        }
        Bounds.check(path, decoded.length, type.minLength(), type.maxLength(), "bytes");
    }

    static void link(JsonNode value, String path) {
        if (!DataShapes.isLink(value) || !value.get(DataShapes.LINK).isTextual()) {
            throw DataValidator.expected(path, "a link as {\"$link\": CID}", value);
        }
        String cid = value.get(DataShapes.LINK).textValue();
        if (!CidSyntax.isValid(cid)) {
            throw DataValidator.refuse(path, "$link \"%s\" is not a CID".formatted(cid));
        }
    }

    static void blob(JsonNode value, BlobType type, String path) {
        if (!DataShapes.isBlob(value)) {
            throw DataValidator.expected(path, "a blob with \"$type\": \"blob\"", value);
        }
        link(value.path("ref"), path + ".ref");
        JsonNode mimeType = value.path("mimeType");
        if (!mimeType.isTextual() || mimeType.textValue().isEmpty()) {
            throw DataValidator.expected(path + ".mimeType", "a MIME type", mimeType);
        }
        JsonNode size = value.path("size");
        if (!size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
            throw DataValidator.expected(path + ".size", "a size in bytes", size);
        }
        if (type.maxSize().isPresent() && size.longValue() > type.maxSize().getAsLong()) {
            throw DataValidator.refuse(path, "is %d bytes; the maximum is %d".formatted(size.longValue(), type.maxSize().getAsLong()));
        }
        if (type.accept().isPresent()
                && type.accept().get().stream().noneMatch(pattern -> MimeTypes.matches(pattern, mimeType.textValue()))) {
            throw DataValidator.refuse(path, "has type %s, not one of %s".formatted(mimeType.textValue(), type.accept().get()));
        }
    }
}
