package dev.plaza.core.relationships;

/** Each person's relationship with the brand. */
public interface Relationships {

    Relationship of(long workspaceId, long personId);
}
