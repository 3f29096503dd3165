-- Plaza's foundation: the brand (workspace), its team, its goal, channels and communities, the
-- people of its community with their identities, and the activity log with its conversations.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE workspace (
    id          bigserial PRIMARY KEY,
    slug        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    demo        boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE goal (
    workspace_id bigint      PRIMARY KEY REFERENCES workspace ON DELETE CASCADE,
    description  text        NOT NULL DEFAULT '',
    keywords     text[]      NOT NULL DEFAULT '{}',
    hashtags     text[]      NOT NULL DEFAULT '{}',
    languages    text[]      NOT NULL DEFAULT '{}',
    exclusions   text[]      NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team_member (
    id            bigserial PRIMARY KEY,
    workspace_id  bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    email         text        NOT NULL,
    display_name  text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('owner', 'manager', 'viewer')),
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX team_member_email ON team_member (lower(email));

-- Login sessions of team members; the id only as a hash. Anonymous (login form) sessions are not kept.
CREATE TABLE team_session (
    id_hash      text        PRIMARY KEY,
    member_id    bigint      NOT NULL REFERENCES team_member ON DELETE CASCADE,
    csrf_token   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX team_session_member ON team_session (member_id);

CREATE TABLE api_token (
    id           bigserial PRIMARY KEY,
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    name         text        NOT NULL,
    role         text        NOT NULL CHECK (role IN ('owner', 'manager', 'viewer')),
    prefix       text        NOT NULL,
    secret_hash  bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

CREATE TABLE channel (
    id           bigserial PRIMARY KEY,
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    platform     text        NOT NULL,
    handle       text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('owned', 'personal', 'listening')),
    credentials  bytea,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workspace_id, platform, handle)
);

CREATE TABLE community (
    id           bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    platform     text   NOT NULL,
    kind         text   NOT NULL,
    name         text   NOT NULL,
    url          text,
    description  text   NOT NULL DEFAULT '',
    UNIQUE (workspace_id, platform, kind, name)
);

-- A merged person is kept (merged_into set) so that a merge can be undone exactly.
CREATE TABLE person (
    id           bigserial PRIMARY KEY,
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    display_name text        NOT NULL,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL,
    merged_into  bigint REFERENCES person
);
CREATE INDEX person_recent ON person (workspace_id, last_seen DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX person_name_trgm ON person USING gin (lower(display_name) gin_trgm_ops);

CREATE TABLE identity (
    id              bigserial PRIMARY KEY,
    workspace_id    bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    person_id       bigint      NOT NULL REFERENCES person,
    platform        text        NOT NULL,
    stable_id       text        NOT NULL,
    handle          text        NOT NULL,
    display_name    text        NOT NULL,
    profile_url     text,
    link_reason     text        NOT NULL,
    link_confidence double precision        NOT NULL CHECK (link_confidence BETWEEN 0 AND 1),
    -- A connector's hint that identities belong together (e.g. acct:user@host): later batches with
    -- the same hint join the same person.
    link_key        text,
    -- How many activities this identity authored: kept by ingest so people lists never count them.
    activity_count  bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workspace_id, platform, stable_id)
);
CREATE INDEX identity_person ON identity (person_id);
CREATE INDEX identity_link_key ON identity (workspace_id, link_key) WHERE link_key IS NOT NULL;
CREATE INDEX identity_handle_trgm ON identity USING gin (lower(handle) gin_trgm_ops);

-- The audit log of merges: who, why, how sure, which identities moved, and whether it was undone.
CREATE TABLE person_merge (
    id                  bigserial PRIMARY KEY,
    workspace_id        bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    survivor_id         bigint      NOT NULL REFERENCES person,
    merged_id           bigint      NOT NULL REFERENCES person,
    merged_display_name text        NOT NULL,
    moved_identity_ids  bigint[]    NOT NULL,
    moved_link_reasons  text[]      NOT NULL,
    moved_link_confidences double precision[] NOT NULL,
    reason              text        NOT NULL,
    confidence          double precision        NOT NULL,
    by_member_id        bigint REFERENCES team_member ON DELETE SET NULL,
    merged_at           timestamptz NOT NULL DEFAULT now(),
    undone_at           timestamptz
);
CREATE INDEX person_merge_people ON person_merge (workspace_id, survivor_id, merged_id);

CREATE TABLE conversation (
    id               bigserial PRIMARY KEY,
    workspace_id     bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    root_uri         text        NOT NULL,
    platform         text        NOT NULL,
    subject          text        NOT NULL,
    status           text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'ignored')),
    assignee_id      bigint REFERENCES team_member ON DELETE SET NULL,
    started_at       timestamptz NOT NULL,
    last_activity_at timestamptz NOT NULL,
    activity_count   integer     NOT NULL,
    UNIQUE (workspace_id, root_uri)
);
CREATE INDEX conversation_recent ON conversation (workspace_id, last_activity_at DESC, id DESC);

-- The canonical URI is the idempotency key: the same thing arriving twice is stored once.
CREATE TABLE activity (
    id                 bigserial PRIMARY KEY,
    workspace_id       bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    uri                text        NOT NULL,
    platform           text        NOT NULL,
    kind               text        NOT NULL,
    author_identity_id bigint      NOT NULL REFERENCES identity,
    community_id       bigint REFERENCES community,
    channel_id         bigint REFERENCES channel ON DELETE SET NULL,
    conversation_id    bigint REFERENCES conversation,
    at                 timestamptz NOT NULL,
    text               text        NOT NULL,
    language           text,
    in_reply_to_uri    text,
    target_uri         text,
    url                text,
    UNIQUE (workspace_id, uri)
);
CREATE INDEX activity_recent ON activity (workspace_id, at DESC, id DESC);
CREATE INDEX activity_author ON activity (author_identity_id, at DESC, id DESC);
CREATE INDEX activity_conversation ON activity (conversation_id, at, id) WHERE conversation_id IS NOT NULL;
CREATE INDEX activity_community ON activity (community_id) WHERE community_id IS NOT NULL;

CREATE TABLE activity_mention (
    activity_id bigint NOT NULL REFERENCES activity ON DELETE CASCADE,
    identity_id bigint NOT NULL REFERENCES identity,
    PRIMARY KEY (activity_id, identity_id)
);
CREATE INDEX activity_mention_identity ON activity_mention (identity_id);

-- Rollup maintained by ingest in the same transaction, so the Overview never scans activities.
CREATE TABLE activity_daily (
    workspace_id bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    day          date   NOT NULL,
    platform     text   NOT NULL,
    count        bigint NOT NULL,
    PRIMARY KEY (workspace_id, day, platform)
);

-- Who takes part in each community and how much, maintained by ingest: the Communities page and,
-- later, community leaders read it instead of counting activities. Members of a list may have no
-- activity there (activities 0, no times).
CREATE TABLE community_member (
    community_id bigint      NOT NULL REFERENCES community ON DELETE CASCADE,
    identity_id  bigint      NOT NULL REFERENCES identity,
    activities   bigint      NOT NULL,
    first_at     timestamptz,
    last_at      timestamptz,
    PRIMARY KEY (community_id, identity_id)
);

-- Servers the brand blocked (imported from Mastodon, or set by the team); federation honours them.
CREATE TABLE domain_block (
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    domain       text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, domain)
);
