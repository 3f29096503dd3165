package dev.plaza.atproto.cbor;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/** An immutable map whose entries stay in DAG-CBOR key order, so encoding never sorts. */
final class CanonicalMap extends AbstractMap<String, DagValue> {

    static final CanonicalMap EMPTY = new CanonicalMap(new String[0], new DagValue[0]);

    private static final int SCAN_LIMIT = 8;

    private final String[] keys;
    private final DagValue[] values;

    /** Takes arrays that nothing else holds, keys distinct and already in {@link KeyOrder}. */
    CanonicalMap(String[] keys, DagValue[] values) {
        this.keys = keys;
        this.values = values;
    }

    static CanonicalMap copyOf(Map<String, ? extends DagValue> entries) {
        if (entries instanceof CanonicalMap canonical) {
            return canonical;
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, DagValue>[] sorted = entries.entrySet().stream()
                .map(e -> Map.entry(requireNonNull(e.getKey(), "map key"), (DagValue) requireNonNull(e.getValue(), "map value")))
                .toArray(Map.Entry[]::new);
        Arrays.sort(sorted, Map.Entry.comparingByKey(KeyOrder.INSTANCE));
        String[] keys = new String[sorted.length];
        DagValue[] values = new DagValue[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = sorted[i].getKey();
            values[i] = sorted[i].getValue();
        }
        return new CanonicalMap(keys, values);
    }

    String keyAt(int index) {
        return keys[index];
    }

    DagValue valueAt(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public DagValue get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        if (!(key instanceof String text)) {
            return -1;
        }
        if (keys.length <= SCAN_LIMIT) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(text)) {
                    return i;
                }
            }
            return -1;
        }
        int found = Arrays.binarySearch(keys, text, KeyOrder.INSTANCE);
        return Math.max(found, -1);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super DagValue> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, DagValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Entry<String, DagValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, DagValue> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return Map.entry(keys[at], values[at]);
                    }
                };
            }
        };
    }
}
