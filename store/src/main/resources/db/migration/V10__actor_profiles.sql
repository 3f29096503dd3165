-- Actors' profiles: up to four fields (label and value, plain text as the team typed them), the
-- avatar and header (format and SHA-256 here, bytes in actor_image), and the team member whose own
-- account a Person actor is. A member's account outlives the member's login: followers keep it.
ALTER TABLE local_actor
    ADD COLUMN field_names    text[] NOT NULL DEFAULT '{}',
    ADD COLUMN field_values   text[] NOT NULL DEFAULT '{}',
    ADD COLUMN avatar_type    text,
    ADD COLUMN avatar_digest  text,
    ADD COLUMN header_type    text,
    ADD COLUMN header_digest  text,
    ADD COLUMN team_member_id bigint UNIQUE REFERENCES team_member ON DELETE SET NULL,
    ADD CONSTRAINT local_actor_fields CHECK (cardinality(field_names) = cardinality(field_values)
        AND cardinality(field_names) <= 4),
    ADD CONSTRAINT local_actor_avatar CHECK ((avatar_type IS NULL) = (avatar_digest IS NULL)),
    ADD CONSTRAINT local_actor_header CHECK ((header_type IS NULL) = (header_digest IS NULL));

CREATE TABLE actor_image (
    local_actor_id bigint NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    slot           text   NOT NULL CHECK (slot IN ('avatar', 'header')),
    content        bytea  NOT NULL,
    PRIMARY KEY (local_actor_id, slot)
);
