package dev.plaza.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.ingest.Progress;
import dev.plaza.store.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoSeederRefusalTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @Test
    void aRealWorkspaceCalledDemoIsLeftAlone() {
        Store store = db.store();
        var real = store.workspaces().create("demo", "Our real brand", false);

        assertThatThrownBy(() -> DemoSeeder.seed(store, Progress.NONE))
                .isInstanceOf(PlazaException.class)
                .hasMessageContaining("holds real data");
        assertThat(store.activities().totals(real.id()).activities()).isZero();
    }
}
