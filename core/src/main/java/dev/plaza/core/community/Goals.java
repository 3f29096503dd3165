package dev.plaza.core.community;

/** The shared goal of each workspace. */
public interface Goals {

    /** The workspace's goal; an empty one if none was set yet. */
    Goal of(long workspaceId);

    Goal save(Goal goal);
}
