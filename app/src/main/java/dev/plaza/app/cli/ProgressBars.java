package dev.plaza.app.cli;

import dev.plaza.core.ingest.Progress;
import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws {@link Progress} updates as a terminal progress bar, one bar per step ("reading", "storing"). */
final class ProgressBars implements Progress, AutoCloseable {

    private final PrintStream out;
    private ProgressBar bar;
    private String step = "";

    ProgressBars(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(String newStep, long done, long total) {
        if (bar == null || !newStep.equals(step)) {
            close();
            step = newStep;
            bar = new ProgressBarBuilder().setTaskName(String.format("%-9s", newStep)).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(100).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                    .build();
        }
        if (total >= 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
