package dev.plaza.demo;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Who follows whom: many follow the brand soon after they join, and people follow each other. */
final class Follows {

    private static final List<Platform> SOCIAL = List.of(Platform.FEDIVERSE, Platform.BLUESKY, Platform.LENS);

    private Follows() {
    }

    static void generate(Cast cast, Log log, RandomGenerator rnd) {
        for (Platform platform : SOCIAL) {
            Account brand = cast.brand(platform);
            List<Account> members = cast.members(platform);
            for (Account member : members) {
                if (rnd.nextDouble() < 0.45) {
                    follow(cast, log, member, brand, member.joinDay() + rnd.nextInt(30), rnd);
                }
            }
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i < members.size() * 9 / 10; i++) {
                Account follower = members.get(rnd.nextInt(members.size()));
                Account followed = cast.pick(platform, Calendar.DAYS - 1, rnd);
                if (follower != followed && pairs.add(follower.stableId() + " " + followed.stableId())) {
                    int day = Math.max(follower.joinDay(), followed.joinDay()) + rnd.nextInt(90);
                    follow(cast, log, follower, followed, day, rnd);
                }
            }
        }
    }

    private static void follow(Cast cast, Log log, Account follower, Account followed, int day, RandomGenerator rnd) {
        Instant at = Calendar.at(Math.min(day, Calendar.DAYS - 1), rnd);
        long seq = log.next();
        Optional<Post> post = cast.venue(follower.platform()).follow(follower, followed, at, seq);
        post.ifPresent(made -> log.add(made, ActivityKind.FOLLOW, at, "", Optional.empty(), Optional.empty(),
                Optional.of(followed.stableId()), List.of()));
    }
}
