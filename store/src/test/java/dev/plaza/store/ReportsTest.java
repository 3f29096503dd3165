package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.reports.NewReport;
import dev.plaza.core.reports.Report;
import dev.plaza.core.reports.Resolution;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReportsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String BRAND = "https://plaza.example/users/brand";

    private static NewReport report(String id, Instant at) {
        return new NewReport("https://mod.example/flags/" + id, "https://mod.example/actor", "@mod.example@mod.example",
                List.of(BRAND), List.of(BRAND + "/statuses/1"), "spam in replies", at);
    }

    @Test
    void aReportIsStoredOncePerWorkspaceHoweverOftenItArrives() {
        long w = db.newWorkspace().id();

        Report first = db.store().reports().receive(w, report("1", T0)).orElseThrow();

        assertThat(db.store().reports().receive(w, report("1", T0.plusSeconds(60)))).isEmpty();
        assertThat(first.accounts()).containsExactly(BRAND);
        assertThat(first.posts()).containsExactly(BRAND + "/statuses/1");
        assertThat(first.reason()).isEqualTo("spam in replies");
        assertThat(first.open()).isTrue();
        assertThat(db.store().reports().find(w, first.id())).contains(first);
        long other = db.newWorkspace().id();
        assertThat(db.store().reports().receive(other, report("1", T0))).as("another workspace has its own").isPresent();
        assertThat(db.store().reports().find(other, first.id())).as("per workspace").isEmpty();
    }

    @Test
    void reportsAreListedNewestFirstAPageAtATime() {
        long w = db.newWorkspace().id();
        for (int i = 0; i < 3; i++) {
            db.store().reports().receive(w, report("page-" + i, T0.plusSeconds(i)));
        }

        Page<Report> first = db.store().reports().list(w, PageRequest.first(2));
        Page<Report> second = db.store().reports().list(w, PageRequest.after(first.nextCursor().orElseThrow(), 2));

        assertThat(first.items()).extracting(Report::uri)
                .containsExactly("https://mod.example/flags/page-2", "https://mod.example/flags/page-1");
        assertThat(second.items()).extracting(Report::uri).containsExactly("https://mod.example/flags/page-0");
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void aReportIsResolvedOnceAndSaysByWhom() {
        long w = db.newWorkspace().id();
        Report open = db.store().reports().receive(w, report("resolve", T0)).orElseThrow();

        Report resolved = db.store().reports().resolveOpen(w, open.id(), new Resolution("Olga", T0.plusSeconds(5)));

        assertThat(resolved.resolution()).contains(new Resolution("Olga", T0.plusSeconds(5)));
        assertThat(db.store().reports().resolve(w, open.id(), new Resolution("Max", T0.plusSeconds(9)))).isEmpty();
        assertThatThrownBy(() -> db.store().reports().resolveOpen(w, open.id(), new Resolution("Max", T0.plusSeconds(9))))
                .isInstanceOf(PlazaException.class).isNotInstanceOf(NotFoundException.class)
                .hasMessageContaining("resolved already, by Olga");
        assertThatThrownBy(() -> db.store().reports().resolveOpen(db.newWorkspace().id(), open.id(),
                new Resolution("Max", T0))).isInstanceOf(NotFoundException.class);
        assertThat(db.store().reports().find(w, open.id()).orElseThrow().resolution()).map(Resolution::by).contains("Olga");
    }

    @Test
    void aReasonPastTheLimitIsRefusedBeforeItIsStored() {
        assertThatThrownBy(() -> new NewReport("https://mod.example/flags/long", "https://mod.example/actor", "x",
                List.of(), List.of(), "x".repeat(NewReport.MAX_REASON + 1), T0))
                .hasMessageContaining("the limit is " + NewReport.MAX_REASON);
    }
}
