package dev.plaza.core.csv;

import dev.plaza.core.PlazaException;

/** A CSV file that cannot be read as rows: its message names the file and the line. */
public final class CsvException extends PlazaException {

    public CsvException(String message) {
        super(message);
    }

    public CsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
