package dev.plaza.web;

import static java.util.Objects.requireNonNull;

import dev.plaza.web.auth.Access;

/** One registered route and who may call it: a row of the server's route table. */
public record Route(String method, String path, Access access) {

    public Route {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(access, "access");
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + access + ")";
    }
}
