package dev.plaza.channels;

import dev.plaza.core.PlazaException;

/** The one exception of the channels module: an import or a connector met input it cannot use. */
public class ImportException extends PlazaException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
