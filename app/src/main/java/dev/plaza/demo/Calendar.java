package dev.plaza.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * The demo's twelve months and their rhythm: a community that grows over the year, rides more in
 * summer and at weekends, and spikes at the product launch and the community ride.
 */
final class Calendar {

    static final Instant FROM = Instant.parse("2025-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-10-31T23:59:59Z");
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 11, 1));
    /** The Courier E, Fernhill's first electric cargo bike, is revealed on this day. */
    static final int LAUNCH = day(LocalDate.of(2026, 3, 18));
    /** "Ride the Hill", the community ride, on a Sunday in June. */
    static final int RIDE = day(LocalDate.of(2026, 6, 14));

    /** Activity by hour of day (UTC): a community mostly in Europe, some in the Americas. */
    private static final double[] HOURS = {2, 1.5, 1, 0.8, 0.8, 1.2, 2.5, 4.5, 5, 4, 3.5, 4, 4.5, 4, 3.5, 3.5,
            4.5, 5.5, 5.5, 5, 4.5, 4, 3.5, 2.5};
    private static final double HOURS_TOTAL = sum(HOURS);

    private Calendar() {
    }

    static int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(FIRST_DAY, date);
    }

    static LocalDate date(int day) {
        return FIRST_DAY.plusDays(day);
    }

    static int dayOf(Instant at) {
        return (int) ChronoUnit.DAYS.between(FROM, at);
    }

    static boolean weekend(int day) {
        DayOfWeek weekday = date(day).getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** How busy the community is on a day, before chance. */
    static double intensity(int day) {
        double growth = 0.55 + 0.9 * day / (DAYS - 1);
        double season = 1 + 0.18 * StrictMath.cos(2 * Math.PI * (day - day(LocalDate.of(2026, 7, 10))) / DAYS);
        return growth * season * weekday(day) * holidays(day) * launch(day) * ride(day);
    }

    /** Splits {@code total} over the days in proportion to their intensity, with some day-to-day noise. */
    static int[] spread(int total, RandomGenerator rnd) {
        double[] weights = new double[DAYS];
        double sum = 0;
        for (int d = 0; d < DAYS; d++) {
            weights[d] = intensity(d) * (0.8 + 0.4 * rnd.nextDouble());
            sum += weights[d];
        }
        int[] counts = new int[DAYS];
        double cumulative = 0;
        long assigned = 0;
        for (int d = 0; d < DAYS; d++) {
            cumulative += weights[d] * total / sum;
            long upTo = Math.round(cumulative);
            counts[d] = (int) (upTo - assigned);
            assigned = upTo;
        }
        return counts;
    }

    /** A moment on {@code day}, at an hour people post. */
    static Instant at(int day, RandomGenerator rnd) {
        double pick = rnd.nextDouble() * HOURS_TOTAL;
        int hour = 0;
        while (hour < 23 && (pick -= HOURS[hour]) >= 0) {
            hour++;
        }
        long millis = hour * 3_600_000L + rnd.nextLong(3_600_000L);
        Instant at = FROM.plus(day, ChronoUnit.DAYS).plusMillis(millis);
        return at.isAfter(TO) ? TO : at;
    }

    /** A moment on {@code day} during the brand's office hours in Europe. */
    static Instant officeHours(int day, RandomGenerator rnd) {
        return FROM.plus(day, ChronoUnit.DAYS).plusMillis(7 * 3_600_000L + rnd.nextLong(9 * 3_600_000L));
    }

    static boolean within(Instant at) {
        return !at.isBefore(FROM) && !at.isAfter(TO);
    }

    private static double weekday(int day) {
        return switch (date(day).getDayOfWeek()) {
            case MONDAY -> 0.95;
            case FRIDAY -> 0.9;
            case SATURDAY -> 1.25;
            case SUNDAY -> 1.15;
            default -> 1.0;
        };
    }

    private static double holidays(int day) {
        LocalDate date = date(day);
        boolean christmas = date.getMonthValue() == 12 && date.getDayOfMonth() >= 24 && date.getDayOfMonth() <= 26;
        boolean newYear = (date.getMonthValue() == 12 && date.getDayOfMonth() == 31)
                || (date.getMonthValue() == 1 && date.getDayOfMonth() == 1);
        return christmas ? 0.6 : newYear ? 0.7 : 1.0;
    }

    private static double launch(int day) {
        return switch (day - LAUNCH) {
            case -1 -> 1.6;
            case 0 -> 5.0;
            case 1 -> 3.0;
            case 2 -> 2.0;
            case 3 -> 1.5;
            case 4, 5, 6 -> 1.25;
            default -> 1.0;
        };
    }

    private static double ride(int day) {
        int from = day - RIDE;
        if (from >= -7 && from < 0) {
            return 1.2 + 0.4 * (from + 7) / 7.0;
        }
        return switch (from) {
            case 0 -> 3.5;
            case 1 -> 2.2;
            case 2 -> 1.4;
            default -> 1.0;
        };
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
