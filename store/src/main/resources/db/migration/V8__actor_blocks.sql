-- Accounts a workspace blocks. A block made by hand names the actor; one imported from a Mastodon
-- export may know only the address (acct, user@host) until the actor is first seen: it is pending
-- (actor_uri NULL) until then. Unique per workspace by actor and by address (NULLs stay distinct).
CREATE TABLE actor_block (
    id          bigserial   PRIMARY KEY,
    workspace_id bigint     NOT NULL REFERENCES workspace ON DELETE CASCADE,
    actor_uri   text,
    acct        text,
    inbox       text,
    reason      text        NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (actor_uri IS NOT NULL OR acct IS NOT NULL)
);
CREATE UNIQUE INDEX actor_block_actor ON actor_block (workspace_id, actor_uri);
CREATE UNIQUE INDEX actor_block_acct ON actor_block (workspace_id, acct);

-- Blocks made by hand say why (public); imported ones have no reason.
ALTER TABLE domain_block ADD COLUMN reason text NOT NULL DEFAULT '';
