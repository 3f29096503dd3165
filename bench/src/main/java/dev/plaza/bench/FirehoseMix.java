package dev.plaza.bench;

import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.firehose.RepoOp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a recording holds, for the benchmark's report: operations by kind and collection, and frame sizes. */
record FirehoseMix(int frames, long bytes, long blocks, Map<String, Long> operations) {

    static FirehoseMix of(List<byte[]> frames) {
        long bytes = 0;
        long blocks = 0;
        Map<String, Long> operations = new TreeMap<>();
        for (byte[] frame : frames) {
            CommitMessage commit = (CommitMessage) Frames.decode(frame);
            bytes += frame.length;
            blocks += CarReader.readAll(commit.blocks().toArray()).blocks().size();
            for (RepoOp op : commit.ops()) {
                operations.merge(op.action().wireName() + " " + op.path().substring(0, op.path().indexOf('/')), 1L, Long::sum);
            }
        }
        return new FirehoseMix(frames.size(), bytes, blocks, operations);
    }

    String summary() {
        long ops = operations.values().stream().mapToLong(Long::longValue).sum();
        return "%,d ops (%s); %,.0f bytes and %.1f CAR blocks per frame on average".formatted(ops,
                operations.entrySet().stream().map(e -> "%s %,d".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", ")),
                (double) bytes / frames, (double) blocks / frames);
    }
}
