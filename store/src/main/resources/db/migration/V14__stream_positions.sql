-- How far each workspace has read each event stream (a Bluesky firehose or Jetstream host): written
-- in the transaction that stores what the stream brought, so a listener resumes exactly there.
CREATE TABLE stream_position (
    workspace_id bigint NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    stream       text   NOT NULL CHECK (length(stream) BETWEEN 1 AND 300),
    position     bigint NOT NULL CHECK (position >= 0),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, stream)
);
