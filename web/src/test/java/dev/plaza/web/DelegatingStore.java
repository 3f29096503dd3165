package dev.plaza.web;

import dev.plaza.core.Store;
import dev.plaza.core.activity.Activities;
import dev.plaza.core.activity.Conversations;
import dev.plaza.core.activity.ConversationChanges;
import dev.plaza.core.activity.InboxNotes;
import dev.plaza.core.activity.SavedViews;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.community.Channels;
import dev.plaza.core.community.Communities;
import dev.plaza.core.community.Goals;
import dev.plaza.core.community.Workspaces;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.core.ingest.Ingest;
import dev.plaza.core.people.IdentityLinks;
import dev.plaza.core.people.People;
import dev.plaza.core.search.Search;
import dev.plaza.core.team.ApiTokens;
import dev.plaza.core.team.Team;
import dev.plaza.core.team.TeamSessions;
import java.util.function.BooleanSupplier;

/** A real store whose health answer the test decides: down, or slow. */
final class DelegatingStore implements Store {

    private final Store store;
    private final BooleanSupplier healthy;

    DelegatingStore(Store store, BooleanSupplier healthy) {
        this.store = store;
        this.healthy = healthy;
    }

    @Override public Workspaces workspaces() { return store.workspaces(); }
    @Override public Goals goals() { return store.goals(); }
    @Override public Channels channels() { return store.channels(); }
    @Override public Communities communities() { return store.communities(); }
    @Override public People people() { return store.people(); }
    @Override public IdentityLinks identityLinks() { return store.identityLinks(); }
    @Override public Activities activities() { return store.activities(); }
    @Override public Search search() { return store.search(); }
    @Override public dev.plaza.core.engagement.Engagement engagement() { return store.engagement(); }
    @Override public dev.plaza.core.measures.Measures measures() { return store.measures(); }
    @Override public dev.plaza.core.sentiment.Sentiments sentiments() { return store.sentiments(); }
    @Override public dev.plaza.core.scoring.ScoringQueue scoring() { return store.scoring(); }
    @Override public dev.plaza.core.advocacy.Advocates advocates() { return store.advocates(); }
    @Override public dev.plaza.core.wordofmouth.WordOfMouth wordOfMouth() { return store.wordOfMouth(); }
    @Override public dev.plaza.core.alerts.Alerts alerts() { return store.alerts(); }
    @Override public dev.plaza.core.alerts.AlertWebhooks alertWebhooks() { return store.alertWebhooks(); }
    @Override public dev.plaza.core.relationships.Relationships relationships() { return store.relationships(); }
    @Override public dev.plaza.core.leaders.Leaders leaders() { return store.leaders(); }
    @Override public Conversations conversations() { return store.conversations(); }
    @Override public ConversationChanges conversationChanges() { return store.conversationChanges(); }
    @Override public InboxNotes inboxNotes() { return store.inboxNotes(); }
    @Override public SavedViews savedViews() { return store.savedViews(); }
    @Override public Team team() { return store.team(); }
    @Override public ApiTokens apiTokens() { return store.apiTokens(); }
    @Override public TeamSessions teamSessions() { return store.teamSessions(); }
    @Override public LocalActors localActors() { return store.localActors(); }
    @Override public Follows follows() { return store.follows(); }
    @Override public dev.plaza.core.blocks.Blocks blocks() { return store.blocks(); }
    @Override public dev.plaza.core.reports.Reports reports() { return store.reports(); }
    @Override public Ingest ingest() { return store.ingest(); }
    @Override public dev.plaza.core.ingest.StreamIngest streams() { return store.streams(); }
    @Override public dev.plaza.core.feeds.FeedSources feedSources() { return store.feedSources(); }
    @Override public dev.plaza.core.publishing.Publishing publishing() { return store.publishing(); }
    @Override public dev.plaza.core.moving.Moving moving() { return store.moving(); }
    @Override public DeliveryQueue deliveries() { return store.deliveries(); }
    @Override public DeliveryJobs deliveryJobs() { return store.deliveryJobs(); }
    @Override public dev.plaza.core.bluesky.BlueskyAccounts blueskyAccounts() { return store.blueskyAccounts(); }
    @Override public dev.plaza.core.mastodon.MastodonAccounts mastodonAccounts() { return store.mastodonAccounts(); }
    @Override public dev.plaza.core.bluesky.AtprotoSessions atprotoSessions() { return store.atprotoSessions(); }
    @Override public dev.plaza.core.bluesky.BlueskyMoves blueskyMoves() { return store.blueskyMoves(); }
    @Override public boolean healthy() { return healthy.getAsBoolean(); }
    @Override public void close() { }
}
