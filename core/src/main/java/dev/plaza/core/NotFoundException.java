package dev.plaza.core;

/** A thing that was asked for by id or key does not exist (or is not visible to the asker). */
public final class NotFoundException extends PlazaException {

    public NotFoundException(String what, Object key) {
        super("%s %s was not found".formatted(what, key));
    }
}
