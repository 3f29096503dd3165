package dev.plaza.demo;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A community Slack: U-ids, messages named by team, channel and timestamp, threads one level deep. */
final class Slack implements Venue {

    static final String TEAM = "T05FERNH1LL";
    static final String HOST = "fernhill-riders.slack.example";
    static final CommunityRef WORKSPACE = new CommunityRef(Platform.SLACK, CommunityKind.WORKSPACE,
            "Fernhill Riders", Optional.of("https://" + HOST));
    static final String BRAND_USER = "U01FHTEAM01";
    private static final String GENERAL = "C05GENERAL1";
    private static final List<String> EMOJI = List.of("heart", "+1", "bike", "tada", "raised_hands", "joy");

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public String user(String base) {
        return base.replace('_', '.');
    }

    @Override
    public Account account(Member member, RandomGenerator rnd) {
        return account(member, Ids.slackUser(rnd));
    }

    @Override
    public Account brand() {
        return account(new Member(new Names.Persona(DemoBrand.NAME, "fernhill-team", "en"), "fernhill-team", 0, 0, 1,
                DemoBrand.HINT), BRAND_USER);
    }

    @Override
    public String mention(Account account) {
        return "@" + account.user();
    }

    @Override
    public Post root(Account author, Instant at, long seq, Phrase phrase, String text) {
        String ts = Ids.slackTs(at, seq);
        String channel = channel(phrase);
        return message(author, channel, ts, channel + "/" + ts, "");
    }

    @Override
    public Post reply(Account author, Instant at, long seq, Post root, int number) {
        String channel = root.place().substring(0, root.place().indexOf('/'));
        String threadTs = root.place().substring(channel.length() + 1);
        return message(author, channel, Ids.slackTs(at, seq), root.place(), "?thread_ts=" + threadTs);
    }

    @Override
    public Post like(Account author, Instant at, long seq, Post target) {
        String emoji = EMOJI.get((int) (seq % EMOJI.size()));
        return new Post(target.uri() + "#reaction-" + author.stableId() + "-" + emoji, Optional.empty(),
                Optional.of(WORKSPACE), "", author);
    }

    @Override
    public boolean mentions() {
        return false;
    }

    @Override
    public boolean nests() {
        return false;
    }

    @Override
    public boolean inOrder() {
        return true;
    }

    private static Post message(Account author, String channel, String ts, String place, String query) {
        String uri = "slack://" + TEAM + "/" + channel + "/p" + ts;
        String url = "https://" + HOST + "/archives/" + channel + "/p" + ts + query;
        return new Post(uri, Optional.of(url), Optional.of(WORKSPACE), place, author);
    }

    private static String channel(Phrase phrase) {
        return switch (phrase) {
            case QUESTION -> "C05HELP0002";
            case COMPLAINT, IDEA -> "C05FEEDBK03";
            case RIDE, BRAND_RIDE -> "C05RIDES004";
            case BRAND_NEWS, BRAND_LAUNCH, BRAND_TIP -> "C05ANNOUNC5";
            default -> GENERAL;
        };
    }

    private static Account account(Venue.Member member, String userId) {
        var identity = new SeenIdentity(Platform.SLACK, userId, member.user(), member.persona().displayName(),
                Optional.of("https://" + HOST + "/team/" + userId), member.hint());
        return new Account(identity, member.user(), HOST, member.number(), member.persona().lang(), member.joinDay(),
                member.weight());
    }
}
