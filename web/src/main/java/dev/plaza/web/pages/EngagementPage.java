package dev.plaza.web.pages;

import dev.plaza.core.csv.CsvTable;
import dev.plaza.core.engagement.Cohort;
import dev.plaza.core.engagement.Engagement;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.Movement;
import dev.plaza.core.engagement.PersonEngagement;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Engagement page, the people behind any point of its charts, and its tables as CSV. */
final class EngagementPage {

    static final int MONTHS = 12;
    static final int GRAVITY_SHOWN = 20;
    static final int PEOPLE_SHOWN = 100;
    static final int EXPORTED = 100_000;

    private final PageSupport pages;

    EngagementPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Engagement engagement = pages.store().engagement();
        Optional<LocalDate> latest = engagement.latestMonth(workspace);
        LocalDate to = latest.orElse(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1));
        LocalDate from = to.minusMonths(MONTHS - 1);
        var months = engagement.months(workspace, from, to);
        pages.render(ctx, "pages/engagement.jte", new EngagementView(pages.frame(ctx, "Engagement", "engagement"), latest,
                months.stream().filter(m -> m.month().equals(to)).findFirst(), EngagementCharts.of(months, from, to),
                latest.map(m -> engagement.flows(workspace, m)).orElse(List.of()), engagement.cohorts(workspace, from, to),
                latest.map(m -> engagement.gravity(workspace, m, Optional.empty(), Optional.empty(), GRAVITY_SHOWN)).orElse(List.of())));
    }

    /** The people behind a point: a month's people at a level, who moved up or down into it, or its newcomers. */
    void people(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PeopleFilter filter = PeopleFilter.of(ctx);
        List<PersonEngagement> people = pages.store().engagement().gravity(workspace, filter.month(), filter.level(), filter.moved(),
                PEOPLE_SHOWN);
        pages.render(ctx, "pages/engagement-people.jte", new EngagementPeopleView(pages.frame(ctx, "Engagement", "engagement"),
                filter.describe(), people, Fmt.url("/engagement/people.csv", filter.parameters())));
    }

    void peopleCsv(Context ctx) {
        PeopleFilter filter = PeopleFilter.of(ctx);
        CsvTable table = new CsvTable(List.of("person_id", "person", "month", "level", "love", "reach", "gravity"));
        pages.store().engagement().gravity(PageSupport.workspaceId(ctx), filter.month(), filter.level(), filter.moved(), EXPORTED)
                .forEach(p -> table.row(List.of(p.personId(), p.displayName(), p.month(), p.level().number(), p.love(), p.reach(),
                        p.gravity())));
        PageSupport.csv(ctx, "engagement-people-%s.csv".formatted(filter.month()), table);
    }

    /** The months of the page: people at each level, the movement, the relationship with the brand. */
    void monthsCsv(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        LocalDate to = pages.store().engagement().latestMonth(workspace).orElse(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1));
        CsvTable table = new CsvTable(List.of("month", "ambassadors", "contributors", "participants", "observers", "moved_up",
                "moved_down", "active", "newcomers", "turned_to_brand", "answered_by_brand", "to_brand", "from_brand",
                "median_response_seconds"));
        pages.store().engagement().months(workspace, to.minusMonths(MONTHS - 1), to).forEach(m -> table.row(List.of(m.month(),
                m.people(EngagementLevel.AMBASSADOR), m.people(EngagementLevel.CONTRIBUTOR), m.people(EngagementLevel.PARTICIPANT),
                m.people(EngagementLevel.OBSERVER), m.movedUp(), m.movedDown(), m.active(), m.newcomers(), m.turnedToBrand(),
                m.answeredByBrand(), m.toBrand(), m.fromBrand(), m.medianResponse().map(d -> (Object) d.toSeconds()).orElse(""))));
        PageSupport.csv(ctx, "engagement-months.csv", table);
    }

    /** Every cohort of the last {@value #MONTHS} months: its size and how many were active each month after. */
    void cohortsCsv(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        LocalDate to = pages.store().engagement().latestMonth(workspace).orElse(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1));
        List<String> header = new ArrayList<>(List.of("cohort", "people"));
        for (int m = 1; m < MONTHS; m++) {
            header.add("month_" + m);
        }
        CsvTable table = new CsvTable(header);
        for (Cohort cohort : pages.store().engagement().cohorts(workspace, to.minusMonths(MONTHS - 1), to)) {
            List<Object> row = new ArrayList<>(List.of(cohort.month()));
            row.addAll(cohort.active());
            while (row.size() < header.size()) {
                row.add("");
            }
            table.row(row);
        }
        PageSupport.csv(ctx, "retention-cohorts.csv", table);
    }

    /** Which people a chart's point stands for, from the query: {@code from} (the month's first day), {@code level}, {@code moved}. */
    record PeopleFilter(LocalDate month, Optional<EngagementLevel> level, Optional<Movement> moved) {

        static PeopleFilter of(Context ctx) {
            String from = PageSupport.param(ctx, "from")
                    .orElseThrow(() -> new IllegalArgumentException("'from' is required: the month's first day as YYYY-MM-DD"));
            LocalDate month;
            try {
                month = LocalDate.parse(from).withDayOfMonth(1);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'from' is a day as YYYY-MM-DD, not '%s'".formatted(from), e);
            }
            Optional<EngagementLevel> level = PageSupport.param(ctx, "level").map(EngagementLevel::parse);
            return new PeopleFilter(month, level, PageSupport.param(ctx, "moved").map(Movement::fromKey));
        }

        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("from", month.toString());
            level.ifPresent(l -> parameters.put("level", Integer.toString(l.number())));
            moved.ifPresent(m -> parameters.put("moved", m.key()));
            return parameters;
        }

        String describe() {
            String who = moved.map(m -> switch (m) {
                case UP -> "People who moved closer";
                case DOWN -> "People who moved away";
                case ARRIVED -> "Newcomers, first active";
            })
                    .orElse(level.map(EngagementLevel::plural).orElse("Everyone active"));
            String in = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(month);
            return who + " in " + in;
        }
    }
}
