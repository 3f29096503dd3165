-- Follows, both ways, get a number by which the team's pages and the API name them (newest first,
-- a page at a time), and the remote account's address (name@host) when it was known, to show.
ALTER TABLE follower ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE follower ADD COLUMN remote_acct text;
CREATE INDEX follower_newest ON follower (local_actor_id, since DESC, id DESC);

ALTER TABLE following ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE following ADD COLUMN remote_acct text;
CREATE INDEX following_newest ON following (local_actor_id, since DESC, id DESC);
