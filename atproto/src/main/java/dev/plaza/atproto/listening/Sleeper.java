package dev.plaza.atproto.listening;

import java.time.Duration;

/** How the listener waits between connection attempts; tests substitute one that does not really wait. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
