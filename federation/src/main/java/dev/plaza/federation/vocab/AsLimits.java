package dev.plaza.federation.vocab;

/**
 * How much of a remote document Plaza is willing to read. A document past any limit is refused
 * whole, not truncated: a truncated tag or recipient list would change what the post means.
 *
 * @param maxDocumentBytes the raw document, before parsing
 * @param maxDepth         nesting of objects and arrays
 * @param maxArrayItems    any one array (recipients, collection items)
 * @param maxTags          {@code tag} entries of one object
 * @param maxAttachments   {@code attachment} entries of one object
 * @param maxStringChars   ids, names, keys and every other short string
 * @param maxHtmlChars     {@code content}, {@code summary} and their language maps
 */
public record AsLimits(
        int maxDocumentBytes,
        int maxDepth,
        int maxArrayItems,
        int maxTags,
        int maxAttachments,
        int maxStringChars,
        int maxHtmlChars) {

    /** Generous enough for every server seen in the wild; Mastodon itself stays far below. */
    public static final AsLimits DEFAULT = new AsLimits(1 << 20, 32, 1_000, 200, 64, 8_192, 100_000);

    public AsLimits {
        if (maxDocumentBytes < 1 || maxDepth < 2 || maxArrayItems < 1 || maxTags < 0 || maxAttachments < 0
                || maxStringChars < 256 || maxHtmlChars < maxStringChars) {
            throw new IllegalArgumentException(("limits must be positive, depth at least 2, strings at least 256 "
                    + "chars and html at least as long as strings: %s").formatted(this));
        }
    }
}
