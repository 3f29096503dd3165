package dev.plaza.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Ids taken from the tables' sequences a block at a time and handed out across transactions, so that
 * a listener's transaction asks the sequences for ids once in a few hundred rather than four times.
 * A sequence value, once taken, is never given again, whether or not the transaction that took it
 * commits; ids left unused when Plaza stops are gaps, as a rolled-back transaction's always were.
 */
final class IdBlocks {

    private final int block;
    private final Map<String, Deque<Long>> kept = new HashMap<>();

    /** {@code block}: at least how many ids to take from a sequence when those kept run out. */
    IdBlocks(int block) {
        if (block < 1) {
            throw new IllegalArgumentException("ids are taken at least one at a time, not " + block);
        }
        this.block = block;
    }

    /** {@code count} unused ids of {@code sequence}, in increasing order. */
    List<Long> next(Handle handle, String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        synchronized (kept) {
            Deque<Long> ids = kept.computeIfAbsent(sequence, s -> new ArrayDeque<>());
            if (ids.size() < count) {
                ids.addAll(Sequences.next(handle, sequence, Math.max(block, count - ids.size())));
            }
            List<Long> taken = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                taken.add(ids.poll());
            }
            return taken;
        }
    }
}
