package dev.plaza.atproto.listening;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that notes each wait the listener asks for and waits a millisecond instead. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        waits.add(duration);
        Thread.sleep(1);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
