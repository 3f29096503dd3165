-- The unified inbox: indexes for its filters, the team's internal notes on conversations (never
-- federated), and each team member's saved views.

-- Filters by channel, language and goal reason find the conversations of matching activities.
CREATE INDEX activity_channel_conversation ON activity (channel_id, conversation_id)
    WHERE channel_id IS NOT NULL AND conversation_id IS NOT NULL;
CREATE INDEX activity_community_conversation ON activity (community_id, conversation_id)
    WHERE community_id IS NOT NULL AND conversation_id IS NOT NULL;
CREATE INDEX activity_language_conversation ON activity (workspace_id, lower(language), conversation_id)
    WHERE language IS NOT NULL AND conversation_id IS NOT NULL;
CREATE INDEX activity_match_reason_kind ON activity_match_reason (kind, activity_id);
-- Open conversations first, for the unanswered-questions filter.
CREATE INDEX conversation_open ON conversation (workspace_id, last_activity_at DESC, id DESC) WHERE status = 'open';
-- The brand's own Bluesky posts, looked up by URI when a thread is checked for its replies.
CREATE INDEX bluesky_posts_uri_workspace ON bluesky_posts (workspace_id, uri);

CREATE TABLE conversation_note (
    id              bigserial   PRIMARY KEY,
    workspace_id    bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    conversation_id bigint      NOT NULL REFERENCES conversation ON DELETE CASCADE,
    author_id       bigint      NOT NULL REFERENCES team_member ON DELETE CASCADE,
    text            text        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 5000),
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_note_thread ON conversation_note (conversation_id, at, id);

CREATE TABLE saved_view (
    id           bigserial   PRIMARY KEY,
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    member_id    bigint      NOT NULL REFERENCES team_member ON DELETE CASCADE,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    -- The filter's named values as the inbox's URL carries them ("status=open&unanswered=true").
    filter       text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (member_id, name)
);
