-- The durable outbound queue (design.md §1): one delivery per activity, one job per distinct inbox.
CREATE TABLE delivery (
    id          bigserial PRIMARY KEY,
    activity_id text        NOT NULL UNIQUE,  -- the idempotency key: enqueueing an activity twice is a no-op
    actor_id    bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    body        bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- status: queued -> sending (claimed, leased) -> done | dead; sending -> queued on retry or release.
-- While a job is sending, next_attempt_at equals locked_until, so one index finds both due jobs and
-- jobs whose worker died (lease expired).
CREATE TABLE delivery_job (
    id              bigserial PRIMARY KEY,
    delivery_id     bigint      NOT NULL REFERENCES delivery ON DELETE CASCADE,
    inbox           text        NOT NULL,
    host            text        NOT NULL,  -- host[:port] of the inbox: the circuit breaker's key
    status          text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'done', 'dead')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    locked_until    timestamptz,
    claimed_by      text,
    last_status     integer,
    last_error      text,
    finished_at     timestamptz,
    UNIQUE (delivery_id, inbox)
);
CREATE INDEX delivery_job_due ON delivery_job (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX delivery_job_host_waiting ON delivery_job (host) WHERE status = 'queued';
CREATE INDEX delivery_job_dead ON delivery_job (finished_at DESC) WHERE status = 'dead';

-- The circuit breaker: consecutive failures per host, and until when its jobs are held back.
CREATE TABLE delivery_host (
    host                 text PRIMARY KEY,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    open_until           timestamptz,
    last_error           text,
    updated_at           timestamptz NOT NULL DEFAULT now()
);
