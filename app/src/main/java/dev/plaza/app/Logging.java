package dev.plaza.app;

import dev.plaza.app.config.PlazaConfig;
import java.util.Locale;

/**
 * Chooses the log format before the first logger exists: logback.xml picks its appender from the
 * {@code plaza.log.format} property (text for people, json lines for log collectors).
 */
public final class Logging {

    private Logging() {
    }

    public static void configure(PlazaConfig.LogFormat format) {
        System.setProperty("plaza.log.format", format.name().toLowerCase(Locale.ROOT));
    }
}
