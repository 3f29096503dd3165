package dev.plaza.core.community;

import java.util.List;
import java.util.Optional;

/** The brands this Plaza hosts. */
public interface Workspaces {

    Workspace create(String slug, String name, boolean demo);

    Optional<Workspace> find(long id);

    Optional<Workspace> findBySlug(String slug);

    List<Workspace> list();

    /** The workspace the CLI works on when none is named: the oldest one, created on first use. */
    Workspace defaultWorkspace();
}
