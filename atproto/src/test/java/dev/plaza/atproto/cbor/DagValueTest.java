package dev.plaza.atproto.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagValueTest {

    @Test
    void typedLookupsReturnEmptyForAbsentKeysAndNull() {
        DagValue.Map map = new DagValue.Map(Map.of("l", DagValue.NULL, "n", new DagValue.Int(3)));

        assertThat(map.link("l")).isEmpty();
        assertThat(map.link("missing")).isEmpty();
        assertThat(map.integer("n")).contains(3L);
    }

    @Test
    void typedLookupsRefuseAValueOfAnotherKind() {
        DagValue.Map map = new DagValue.Map(Map.of("n", new DagValue.Int(3)));

        assertThatThrownBy(() -> map.text("n"))
                .isInstanceOf(AtprotoException.class).hasMessage("map key \"n\" holds integer, not string");
    }

    @Test
    void mapsAndListsCannotChangeOnceMade() {
        Map<String, DagValue> source = new HashMap<>(Map.of("a", new DagValue.Int(1)));
        DagValue.Map map = new DagValue.Map(source);
        source.put("b", new DagValue.Int(2));

        assertThat(map.entries()).hasSize(1);
        assertThatThrownBy(() -> map.entries().put("c", DagValue.NULL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entries().entrySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new DagValue.List(List.of()).items().add(DagValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bytesKeepTheirOwnCopy() {
        byte[] source = {1, 2, 3};
        DagValue.Bytes bytes = DagValue.Bytes.of(source);
        source[0] = 9;
        bytes.toArray()[1] = 9;

        assertThat(bytes.toArray()).containsExactly(1, 2, 3);
        assertThat(bytes).isEqualTo(DagValue.Bytes.of(new byte[] {1, 2, 3})).hasSameHashCodeAs(DagValue.Bytes.of(new byte[] {1, 2, 3}));
    }

    @Test
    void mapsWithTheSameEntriesAreEqualWhateverTheirOrder() {
        DagValue.Map a = new DagValue.Map(Map.of("x", DagValue.NULL, "yy", new DagValue.Int(1)));
        Map<String, DagValue> other = new java.util.LinkedHashMap<>();
        other.put("yy", new DagValue.Int(1));
        other.put("x", DagValue.NULL);

        assertThat(new DagValue.Map(other)).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void largeMapsFindEveryKey() {
        Map<String, DagValue> entries = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            entries.put("key" + i, new DagValue.Int(i));
        }
        DagValue.Map map = new DagValue.Map(entries);

        for (int i = 0; i < 100; i++) {
            assertThat(map.integer("key" + i)).contains((long) i);
        }
        assertThat(map.get("key100")).isEmpty();
        assertThat(map.entries().containsKey(7)).isFalse();
    }
}
