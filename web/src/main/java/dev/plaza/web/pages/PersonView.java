package dev.plaza.web.pages;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.advocacy.Advocate;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.core.relationships.Relationship;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person's profile: every identity with its link evidence, the timeline, and the merge history. */
public record PersonView(
        Frame frame,
        Person person,
        List<Identity> identities,
        List<Activity> timeline,
        Optional<String> olderHref,
        List<PersonMerge> merges,
        Map<Long, List<ProfileClaim>> claims,
        List<LinkSuggestion> suggestions,
        Map<Sentiment, Long> sentiment,
        Optional<Advocate> advocate,
        Map<Long, SentimentScore> timelineSentiment,
        Map<Long, AdvocacyReading> timelineAdvocacy,
        Relationship relationship,
        List<dev.plaza.core.engagement.PersonEngagement> engagement,
        String postsChartJson) {

    /** Their latest month with a level, if they have one in the last twelve. */
    public Optional<dev.plaza.core.engagement.PersonEngagement> level() {
        return engagement.isEmpty() ? Optional.empty() : Optional.of(engagement.getLast());
    }

    /** The brand's median response time to them, as people say it ("45 min", "3 h", "2 days"). */
    public String medianResponse() {
        return relationship.medianResponse().map(Fmt::duration).orElse("—");
    }

    /** The share of their scored posts in {@code s}, in percent, rounded. */
    public long percent(Sentiment s) {
        long all = sentiment.values().stream().mapToLong(Long::longValue).sum();
        return all == 0 ? 0 : Math.round(100.0 * sentiment.getOrDefault(s, 0L) / all);
    }

    public long scoredPosts() {
        return sentiment.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How the timeline's post {@code activityId} was read, as a short label, if it was. */
    public Optional<String> readingOf(long activityId) {
        Optional<String> feeling = Optional.ofNullable(timelineSentiment.get(activityId)).map(s -> s.sentiment().key());
        Optional<String> advocacy = Optional.ofNullable(timelineAdvocacy.get(activityId)).filter(a -> a.advocacy().isAdvocacy())
                .map(a -> AdvocatesView.label(a.advocacy()).toLowerCase(java.util.Locale.ROOT));
        return feeling.map(f -> advocacy.map(a -> f + " · " + a).orElse(f)).or(() -> advocacy);
    }

    public List<ProfileClaim> claimsOf(Identity identity) {
        return claims.getOrDefault(identity.id(), List.of());
    }

    public boolean hasClaims() {
        return claims.values().stream().anyMatch(c -> !c.isEmpty());
    }

    /** Merges into this person that can still be undone here. */
    public List<PersonMerge> undoable() {
        return merges.stream().filter(m -> !m.undone() && m.survivorId() == person.id()).toList();
    }

    /** The other side of a suggestion about this person. */
    public Identity otherSide(LinkSuggestion suggestion) {
        return suggestion.left().personId() == person.id() ? suggestion.right() : suggestion.left();
    }

    /** The identity that wrote an activity, when it is one of this person's. */
    public Optional<Identity> author(Activity activity) {
        return identities.stream().filter(i -> i.id() == activity.authorIdentityId()).findFirst();
    }
}
