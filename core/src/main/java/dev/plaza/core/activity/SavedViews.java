package dev.plaza.core.activity;

import java.util.List;

/** Each team member's saved inbox views, by name. */
public interface SavedViews {

    List<SavedView> of(long workspaceId, long memberId);

    /** Saves {@code filter} under {@code name}, replacing the member's view of that name. */
    SavedView save(long workspaceId, long memberId, String name, ConversationFilter filter);

    /** Deletes one of the member's views; false if it had none of that id. */
    boolean delete(long workspaceId, long memberId, long viewId);
}
