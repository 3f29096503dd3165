package dev.plaza.demo;

import static dev.plaza.demo.Phrase.BRAND_LAUNCH;
import static dev.plaza.demo.Phrase.BRAND_RIDE;
import static dev.plaza.core.community.Platform.BLUESKY;
import static dev.plaza.core.community.Platform.FEDIVERSE;
import static dev.plaza.core.community.Platform.FORUM;
import static dev.plaza.core.community.Platform.LENS;
import static dev.plaza.core.community.Platform.SLACK;

import dev.plaza.core.community.Platform;
import java.util.List;
import java.util.random.RandomGenerator;

/** What gets posted when: the community's threads spread over the year, and the brand's own calendar. */
final class Schedule {

    private static final List<Platform> PLATFORMS = List.of(FEDIVERSE, BLUESKY, FORUM, SLACK, LENS);
    private static final double[] SHARES = {36, 28, 13, 14, 9};
    /** How many posts a week the brand makes on each platform, in the order of {@link #PLATFORMS}. */
    private static final double[] BRAND_WEEKLY = {3, 3, 0.5, 1, 1};
    private static final List<Phrase> TOPICS = List.of(Phrase.QUESTION, Phrase.PRAISE, Phrase.COMPLAINT, Phrase.TIP,
            Phrase.CITY, Phrase.RIDE, Phrase.LAUNCH, Phrase.IDEA, Phrase.SPAM);

    /** The brand's posts on the days that matter, each with the template that fits the day. */
    private record Moment(int day, Phrase phrase, int template, List<Platform> platforms) {
    }

    private static final List<Moment> MOMENTS = List.of(
            new Moment(Calendar.LAUNCH, BRAND_LAUNCH, 0, PLATFORMS),
            new Moment(Calendar.LAUNCH + 1, BRAND_LAUNCH, 1, List.of(FEDIVERSE, BLUESKY)),
            new Moment(Calendar.LAUNCH + 10, BRAND_LAUNCH, 2, List.of(FEDIVERSE, BLUESKY, LENS, SLACK)),
            new Moment(Calendar.RIDE - 21, BRAND_RIDE, 0, List.of(FEDIVERSE, BLUESKY, FORUM, SLACK)),
            new Moment(Calendar.RIDE - 7, BRAND_RIDE, 1, List.of(FEDIVERSE, BLUESKY, SLACK)),
            new Moment(Calendar.RIDE + 1, BRAND_RIDE, 2, List.of(FEDIVERSE, BLUESKY, LENS, SLACK)));

    private Schedule() {
    }

    static void community(Cast cast, Threads threads, int roots, RandomGenerator rnd) {
        int[] perDay = Calendar.spread(roots, rnd);
        for (int day = 0; day < Calendar.DAYS; day++) {
            double[] shares = SHARES.clone();
            if (Calendar.weekend(day)) {
                shares[PLATFORMS.indexOf(SLACK)] *= 0.4;
            }
            for (int i = 0; i < perDay[day]; i++) {
                Platform platform = PLATFORMS.get(Chance.pick(shares, rnd));
                Account author = cast.pick(platform, day, rnd);
                Phrase topic = TOPICS.get(Chance.pick(topics(platform, day), rnd));
                threads.start(author, topic, Calendar.at(day, rnd), event(day, rnd));
            }
        }
    }

    static void brand(Cast cast, Threads threads, RandomGenerator rnd) {
        for (int day = 0; day < Calendar.DAYS; day++) {
            for (Moment moment : MOMENTS) {
                if (moment.day() == day) {
                    for (Platform platform : moment.platforms()) {
                        threads.start(cast.brand(platform), moment.phrase(), moment.template(),
                                Calendar.officeHours(day, rnd), event(day, rnd));
                    }
                }
            }
            if (Calendar.weekend(day)) {
                continue;
            }
            for (int p = 0; p < PLATFORMS.size(); p++) {
                if (rnd.nextDouble() < BRAND_WEEKLY[p] / 5) {
                    Phrase phrase = rnd.nextDouble() < 0.55 ? Phrase.BRAND_NEWS : Phrase.BRAND_TIP;
                    threads.start(cast.brand(PLATFORMS.get(p)), phrase, Calendar.officeHours(day, rnd),
                            event(day, rnd));
                }
            }
        }
    }

    /** Around the community ride everyone talks about it; otherwise about the usual group rides. */
    private static String event(int day, RandomGenerator rnd) {
        return Math.abs(day - Calendar.RIDE) <= 21 ? Texts.COMMUNITY_RIDE : Names.pick(Texts.USUAL_RIDES, rnd);
    }

    /** How likely each of {@link #TOPICS} starts a thread on this platform on this day. */
    private static double[] topics(Platform platform, int day) {
        int sinceLaunch = day - Calendar.LAUNCH;
        int toRide = Calendar.RIDE - day;
        double launch = sinceLaunch < 0 ? 0 : sinceLaunch <= 3 ? 40 : sinceLaunch <= 14 ? 20 : 4;
        double ride = toRide >= -3 && toRide <= 14 ? 35 : 6;
        double question = platform == SLACK ? 36 : platform == FORUM ? 31 : 24;
        double complaint = platform == FORUM ? 12 : 9;
        double city = platform == FORUM || platform == SLACK ? 9 : 18;
        double idea = platform == FORUM ? 10 : 0;
        double spam = platform == LENS ? 4 : 0;
        return new double[] {question, 17, complaint, 13, city, ride, launch, idea, spam};
    }
}
