package dev.plaza.app.config;

import dev.plaza.core.PlazaException;

/** A configuration value is missing, unknown or malformed; the message names the key and what it accepts. */
public final class ConfigException extends PlazaException {

    public ConfigException(String message) {
        super(message);
    }
}
