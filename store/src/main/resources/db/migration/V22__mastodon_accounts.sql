-- Accounts on Mastodon-compatible instances that a workspace connected (the brand's account there,
-- team members' own): Plaza registers one OAuth app per instance and redirect URI at run time, a
-- team member authorizes it with PKCE, and the account becomes a channel. Secrets are sealed with
-- the configured secret key; an authorization's state is kept only as its SHA-256.
CREATE TABLE mastodon_app (
    instance       text        NOT NULL CHECK (length(instance) BETWEEN 1 AND 300),
    redirect_uri   text        NOT NULL CHECK (length(redirect_uri) BETWEEN 1 AND 2000),
    client_id      text        NOT NULL,
    client_secret  bytea       NOT NULL,
    scopes         text        NOT NULL,
    registered_at  timestamptz NOT NULL,
    PRIMARY KEY (instance, redirect_uri)
);

CREATE TABLE mastodon_authorization (
    state_hash     text        PRIMARY KEY,
    workspace_id   bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    member_id      bigint      NOT NULL REFERENCES team_member ON DELETE CASCADE,
    instance       text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('owned', 'personal')),
    code_verifier  bytea       NOT NULL,
    expires_at     timestamptz NOT NULL
);

CREATE TABLE mastodon_account (
    channel_id     bigint      PRIMARY KEY REFERENCES channel ON DELETE CASCADE,
    workspace_id   bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    instance       text        NOT NULL,
    account_id     text        NOT NULL,
    acct           text        NOT NULL,
    actor_uri      text        NOT NULL,
    access_token   bytea       NOT NULL,
    connected_at   timestamptz NOT NULL,
    -- The team member who connected it: a personal account answers only for them.
    connected_by   bigint      REFERENCES team_member ON DELETE SET NULL,
    last_error     text
);
CREATE INDEX mastodon_account_workspace ON mastodon_account (workspace_id);
