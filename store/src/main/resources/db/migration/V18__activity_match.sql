-- Why a listener kept an activity: each goal keyword or hashtag it carries, and each way it points
-- at the brand, in the order the matcher gave them; written with the activity a stream batch added.
CREATE TABLE activity_match_reason (
    activity_id bigint   NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    smallint NOT NULL CHECK (position >= 0),
    kind        text     NOT NULL,
    detail      text     NOT NULL,
    PRIMARY KEY (activity_id, position)
);
