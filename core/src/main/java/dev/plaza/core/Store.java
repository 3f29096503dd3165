package dev.plaza.core;

import dev.plaza.core.activity.Activities;
import dev.plaza.core.advocacy.Advocates;
import dev.plaza.core.alerts.AlertWebhooks;
import dev.plaza.core.alerts.Alerts;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.blocks.Blocks;
import dev.plaza.core.bluesky.AtprotoSessions;
import dev.plaza.core.bluesky.BlueskyAccounts;
import dev.plaza.core.mastodon.MastodonAccounts;
import dev.plaza.core.bluesky.BlueskyMoves;
import dev.plaza.core.activity.Conversations;
import dev.plaza.core.activity.ConversationChanges;
import dev.plaza.core.activity.InboxNotes;
import dev.plaza.core.activity.SavedViews;
import dev.plaza.core.community.Channels;
import dev.plaza.core.community.Communities;
import dev.plaza.core.community.Goals;
import dev.plaza.core.community.Workspaces;
import dev.plaza.core.feeds.FeedSources;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.core.ingest.Ingest;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.core.moving.Moving;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.core.reports.Reports;
import dev.plaza.core.people.IdentityLinks;
import dev.plaza.core.people.People;
import dev.plaza.core.leaders.Leaders;
import dev.plaza.core.relationships.Relationships;
import dev.plaza.core.search.Search;
import dev.plaza.core.scoring.ScoringQueue;
import dev.plaza.core.sentiment.Sentiments;
import dev.plaza.core.team.ApiTokens;
import dev.plaza.core.team.Team;
import dev.plaza.core.team.TeamSessions;
import dev.plaza.core.wordofmouth.WordOfMouth;

/** Everything Plaza keeps, behind one port; the store module implements it on PostgreSQL. */
public interface Store extends AutoCloseable {

    Workspaces workspaces();

    Goals goals();

    Channels channels();

    Communities communities();

    People people();

    /** What identities claim about themselves, and the merges and suggestions drawn from it. */
    IdentityLinks identityLinks();

    Activities activities();

    Conversations conversations();

    /** Conversations started or changed by any Plaza process on the database, as they commit. */
    ConversationChanges conversationChanges();

    /** The team's internal notes on conversations. */
    InboxNotes inboxNotes();

    /** Each team member's saved inbox views. */
    SavedViews savedViews();

    /** Full-text search over activities and people. */
    Search search();

    /** The posts waiting to be scored for sentiment and advocacy, taken in turns by the scoring workers. */
    ScoringQueue scoring();

    /** Engagement levels, their movement, retention and the relationship with the brand, month by month. */
    dev.plaza.core.engagement.Engagement engagement();

    /** The dashboards' daily measures of the whole community, each platform, community and channel. */
    dev.plaza.core.measures.Measures measures();

    /** Each post's sentiment, scored after it is stored, and the daily counts of each class. */
    Sentiments sentiments();

    /** The brand's advocates, the posts that recommend it, and the daily counts of each kind. */
    Advocates advocates();

    /** How far each recommendation travelled through reposts, quotes and replies. */
    WordOfMouth wordOfMouth();

    /** Negative spikes and unanswered critical threads, for the team to look at now. */
    Alerts alerts();

    /** Where each workspace's alerts are posted, and which went out. */
    AlertWebhooks alertWebhooks();

    /** Each person's relationship with the brand: who answers whom, how fast, for how long. */
    Relationships relationships();

    /** Who leads each community's conversation, ranked from the interaction graph. */
    Leaders leaders();

    Team team();

    ApiTokens apiTokens();

    TeamSessions teamSessions();

    LocalActors localActors();

    Follows follows();

    /** The accounts and servers each workspace blocks. */
    Blocks blocks();

    /** Reports other servers sent about the workspace's accounts and posts. */
    Reports reports();

    Ingest ingest();

    /** What listeners hear on event streams, with the position each reached. */
    StreamIngest streams();

    /** The RSS and Atom feeds each workspace listens to, and how polling each goes. */
    FeedSources feedSources();

    /** What Plaza's own actors publish: posts, likes, boosts, poll votes. */
    Publishing publishing();

    /** Aliases, moves in and out, and the followers expected to follow a move. */
    Moving moving();

    /** The durable outbound delivery queue. */
    DeliveryQueue deliveries();

    /** The delivery queue's worker and admin side. */
    DeliveryJobs deliveryJobs();

    /** The Bluesky account each workspace connected, and the posts Plaza made as it. */
    BlueskyAccounts blueskyAccounts();

    /** Accounts on Mastodon-compatible instances, the OAuth apps Plaza registered there, and connections in progress. */
    MastodonAccounts mastodonAccounts();

    /** The tokens of the AT Protocol sessions Plaza holds, sealed at rest. */
    AtprotoSessions atprotoSessions();

    /** The moves of the workspaces' Bluesky accounts to other PDSs, their passwords sealed at rest. */
    BlueskyMoves blueskyMoves();

    /** Whether the database answers right now. */
    boolean healthy();

    @Override
    void close();
}
