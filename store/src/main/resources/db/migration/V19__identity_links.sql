-- What identities claim about themselves (rel=me links, alsoKnownAs, domain handles, websites),
-- the folded names and handles compared across platforms, and the links suggested from weak evidence.

CREATE TABLE identity_claim (
    workspace_id bigint  NOT NULL REFERENCES workspace ON DELETE CASCADE,
    identity_id  bigint  NOT NULL REFERENCES identity ON DELETE CASCADE,
    kind         text    NOT NULL CHECK (kind IN ('rel_me', 'also_known_as', 'domain_handle', 'website')),
    value        text    NOT NULL,
    -- For web addresses their host, for domain handles the domain: what a domain handle matches.
    host         text,
    verified     boolean NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    -- When Plaza last fetched a claimed address to see whether it links back with rel=me.
    checked_at   timestamptz,
    PRIMARY KEY (identity_id, kind, value)
);
CREATE INDEX identity_claim_unchecked ON identity_claim (checked_at NULLS FIRST) WHERE kind IN ('rel_me', 'website');
CREATE INDEX identity_claim_value ON identity_claim (workspace_id, kind, value);
CREATE INDEX identity_claim_host ON identity_claim (workspace_id, host) WHERE host IS NOT NULL;

-- NFKC-normalised, case-folded forms, computed by Plaza: PostgreSQL's lower() and pg_trgm depend on
-- the locale, and under the C locale pg_trgm sees no letters outside ASCII. Names that share a word
-- are compared (in Plaza) for similarity; pg_trgm still finds ASCII names alike without a shared word.
CREATE TABLE identity_match_key (
    identity_id  bigint PRIMARY KEY REFERENCES identity ON DELETE CASCADE,
    workspace_id bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    name_key     text,
    name_words   text[] NOT NULL DEFAULT '{}',
    handle_key   text
);
CREATE INDEX identity_match_name ON identity_match_key (workspace_id, name_key);
CREATE INDEX identity_match_words ON identity_match_key USING gin (name_words);
CREATE INDEX identity_match_handle ON identity_match_key (workspace_id, handle_key);
CREATE INDEX identity_match_name_trgm ON identity_match_key USING gin (name_key gin_trgm_ops);

CREATE TABLE link_suggestion (
    id                bigserial PRIMARY KEY,
    workspace_id      bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    left_identity_id  bigint NOT NULL REFERENCES identity ON DELETE CASCADE,
    right_identity_id bigint NOT NULL REFERENCES identity ON DELETE CASCADE,
    evidence          text[] NOT NULL,
    confidence        double precision NOT NULL CHECK (confidence > 0 AND confidence <= 1),
    state             text   NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
    suggested_at      timestamptz NOT NULL DEFAULT now(),
    decided_at        timestamptz,
    decided_by        bigint REFERENCES team_member ON DELETE SET NULL,
    CHECK (left_identity_id < right_identity_id),
    UNIQUE (workspace_id, left_identity_id, right_identity_id)
);
CREATE INDEX link_suggestion_open ON link_suggestion (workspace_id, suggested_at DESC, id DESC) WHERE state = 'open';
CREATE INDEX link_suggestion_right ON link_suggestion (right_identity_id);
