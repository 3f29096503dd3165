-- Word of mouth kept as activities arrive, instead of walked again by a job (V30): every echo each
-- recommendation or answer reaches, kept as the echoes are linked, the posts scored and deleted, so
-- that a period's totals are counts over these rows (the job still keeps them in word_of_mouth_kept
-- for the pages: counting a year's distinct echoes and people takes a quarter of a second at ten
-- million activities, where walking them took half a minute). The walk in PgWordOfMouth stays the definition:
-- an echo belongs to a root's cascade when a chain of at most 20 edges (WordOfMouth.MAX_DEPTH) leads
-- to it from the root through echoes none of which is deleted.
--
-- Triggers, not the ingest's Java, keep the rows: every writer of edges (the ingest, the migrations,
-- the benchmark's fill), of advocacy (the scoring worker) and of deletions (the ingest, the API) is
-- then covered, in the transaction that writes. Two such transactions can miss each other (an echo
-- linked while its root is being scored, or while an echo above it is being deleted: neither sees
-- the other's rows); the background job walks again the roots walked in the last minutes
-- (WordOfMouth.keep), which closes that gap.

-- The roots: the activities scored as a recommendation or an answer (activity_advocacy.advocacy 0 or
-- 1) and not deleted, with the UTC day a period counts them on.
CREATE TABLE word_of_mouth_root (
    root_id      bigint      PRIMARY KEY REFERENCES activity ON DELETE CASCADE,
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    day          date        NOT NULL,
    -- when a trigger last walked its cascade whole: the job walks those of the last minutes again
    walked_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX word_of_mouth_root_day ON word_of_mouth_root (workspace_id, day);
CREATE INDEX word_of_mouth_root_walked ON word_of_mouth_root (workspace_id, walked_at);

-- Each echo a root reaches, at the fewest steps, with the root's workspace and day for the counts, and
-- the person the echo reaches: its author's person, unless that is the root's author or the echo is
-- the brand's (NULL then). Who is a person changes with merges: the job counts people again daily.
CREATE TABLE word_of_mouth_reach (
    root_id        bigint   NOT NULL REFERENCES word_of_mouth_root ON DELETE CASCADE,
    echo_id        bigint   NOT NULL REFERENCES activity ON DELETE CASCADE,
    depth          smallint NOT NULL CHECK (depth BETWEEN 1 AND 20),
    workspace_id   bigint   NOT NULL,
    day            date     NOT NULL,
    reached_person bigint,
    PRIMARY KEY (root_id, echo_id)
);
-- An echo linked or deleted finds the cascades it is in.
CREATE INDEX word_of_mouth_reach_echo ON word_of_mouth_reach (echo_id);
-- A period's distinct echoes and people, read from the indexes alone.
CREATE INDEX word_of_mouth_reach_day ON word_of_mouth_reach (workspace_id, day, echo_id);
CREATE INDEX word_of_mouth_reach_person ON word_of_mouth_reach (workspace_id, day, reached_person)
    WHERE reached_person IS NOT NULL;

-- The person an echo by identity echo_identity reaches in a cascade of root_identity's post, or NULL:
-- the same person, or one of the brand's accounts (an owned channel, its Bluesky account), reaches no one
-- new. The brand's test is UnansweredQuestions.brandIdentity's.
CREATE FUNCTION plaza_word_of_mouth_reached(echo_identity bigint, root_identity bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT e.person_id FROM identity e JOIN identity r ON r.id = root_identity
    WHERE e.id = echo_identity AND e.person_id <> r.person_id
      AND NOT EXISTS (SELECT 1 FROM channel ch WHERE ch.workspace_id = e.workspace_id AND ch.kind = 'owned'
                      AND ch.platform = e.platform
                      AND (ch.handle = e.stable_id OR ltrim(lower(ch.handle), '@') = ltrim(lower(e.handle), '@')))
      AND NOT EXISTS (SELECT 1 FROM bluesky_accounts b WHERE b.workspace_id = e.workspace_id
                      AND e.platform = 'bluesky' AND b.did = e.stable_id)
$$;

-- Walks the cascades of the roots among {roots} again, whole, breadth first: each step adds the echoes
-- first reached at that depth, so each is kept at its fewest steps.
CREATE FUNCTION plaza_word_of_mouth_walk(roots bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    step int := 1;
    added bigint;
BEGIN
    IF cardinality(roots) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM word_of_mouth_reach WHERE root_id = ANY(roots);
    INSERT INTO word_of_mouth_reach (root_id, echo_id, depth, workspace_id, day, reached_person)
    SELECT r.root_id, e.activity_id, 1, r.workspace_id, r.day, plaza_word_of_mouth_reached(a.author_identity_id, ra.author_identity_id)
    FROM word_of_mouth_root r JOIN activity ra ON ra.id = r.root_id
    JOIN activity_echo e ON e.source_id = r.root_id
    JOIN activity a ON a.id = e.activity_id AND a.deleted_at IS NULL
    WHERE r.root_id = ANY(roots);
    LOOP
        EXIT WHEN step >= 20;
        INSERT INTO word_of_mouth_reach (root_id, echo_id, depth, workspace_id, day, reached_person)
        SELECT DISTINCT ON (c.root_id, e.activity_id) c.root_id, e.activity_id, step + 1, c.workspace_id, c.day,
               plaza_word_of_mouth_reached(a.author_identity_id, ra.author_identity_id)
        FROM word_of_mouth_reach c JOIN activity ra ON ra.id = c.root_id
        JOIN activity_echo e ON e.source_id = c.echo_id AND e.activity_id <> c.root_id
        JOIN activity a ON a.id = e.activity_id AND a.deleted_at IS NULL
        WHERE c.root_id = ANY(roots) AND c.depth = step
        ON CONFLICT (root_id, echo_id) DO NOTHING;
        GET DIAGNOSTICS added = ROW_COUNT;
        EXIT WHEN added = 0;
        step := step + 1;
    END LOOP;
END
$$;

-- After {ids} were scored, unscored or deleted: those that are now roots and were not are walked, those
-- no longer roots go (their reach with them), and the cascades that held one of them now deleted are
-- walked again.
CREATE FUNCTION plaza_word_of_mouth_changed(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    walk bigint[];
BEGIN
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM word_of_mouth_root r WHERE r.root_id = ANY(ids) AND NOT EXISTS (
        SELECT 1 FROM activity_advocacy v JOIN activity a ON a.id = v.activity_id
        WHERE v.activity_id = r.root_id AND v.advocacy IN (0, 1) AND a.deleted_at IS NULL);
    WITH added AS (
        INSERT INTO word_of_mouth_root (root_id, workspace_id, day)
        SELECT a.id, a.workspace_id, (a.at AT TIME ZONE 'UTC')::date
        FROM activity_advocacy v JOIN activity a ON a.id = v.activity_id
        WHERE v.activity_id = ANY(ids) AND v.advocacy IN (0, 1) AND a.deleted_at IS NULL
        ON CONFLICT (root_id) DO NOTHING
        RETURNING root_id)
    SELECT array_agg(root_id) INTO walk FROM (
        SELECT root_id FROM added
        UNION
        SELECT c.root_id FROM word_of_mouth_reach c JOIN activity a ON a.id = c.echo_id AND a.deleted_at IS NOT NULL
        WHERE c.echo_id = ANY(ids)) w;
    UPDATE word_of_mouth_root SET walked_at = now() WHERE root_id = ANY(walk);
    PERFORM plaza_word_of_mouth_walk(coalesce(walk, '{}'));
END
$$;

-- New edges (the ingest's, in the statement that links them): each new echo joins the cascades its
-- source is in, one step further, and the cascade of its source when that is a root; an echo of an
-- echo in the same statement follows. Echoes are new when linked, so nothing stored is reached anew.
CREATE FUNCTION plaza_word_of_mouth_linked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO word_of_mouth_reach (root_id, echo_id, depth, workspace_id, day, reached_person)
    WITH RECURSIVE reach (root_id, echo_id, depth) AS (
        SELECT r.root_id, l.activity_id, 1
        FROM linked l JOIN word_of_mouth_root r ON r.root_id = l.source_id
        JOIN activity a ON a.id = l.activity_id AND a.deleted_at IS NULL
      UNION ALL
        SELECT c.root_id, l.activity_id, c.depth + 1
        FROM linked l JOIN word_of_mouth_reach c ON c.echo_id = l.source_id AND c.depth < 20
        JOIN activity a ON a.id = l.activity_id AND a.deleted_at IS NULL
      UNION
        SELECT s.root_id, l.activity_id, s.depth + 1
        FROM reach s JOIN linked l ON l.source_id = s.echo_id AND l.activity_id <> s.root_id
        JOIN activity a ON a.id = l.activity_id AND a.deleted_at IS NULL
        WHERE s.depth < 20)
    SELECT s.root_id, s.echo_id, min(s.depth), r.workspace_id, r.day,
           plaza_word_of_mouth_reached(a.author_identity_id, ra.author_identity_id)
    FROM reach s JOIN word_of_mouth_root r ON r.root_id = s.root_id JOIN activity ra ON ra.id = s.root_id
    JOIN activity a ON a.id = s.echo_id
    GROUP BY s.root_id, s.echo_id, r.workspace_id, r.day, a.author_identity_id, ra.author_identity_id
    ON CONFLICT (root_id, echo_id) DO UPDATE SET depth = least(word_of_mouth_reach.depth, excluded.depth);
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_echo_word_of_mouth AFTER INSERT ON activity_echo
    REFERENCING NEW TABLE AS linked FOR EACH STATEMENT EXECUTE FUNCTION plaza_word_of_mouth_linked();

-- Advocacy written or taken away (the scoring worker: inserts, updates on conflict, deletes).
CREATE FUNCTION plaza_word_of_mouth_scored() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM plaza_word_of_mouth_changed(ARRAY(SELECT activity_id FROM scored));
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_advocacy_word_of_mouth_insert AFTER INSERT ON activity_advocacy
    REFERENCING NEW TABLE AS scored FOR EACH STATEMENT EXECUTE FUNCTION plaza_word_of_mouth_scored();
CREATE TRIGGER activity_advocacy_word_of_mouth_update AFTER UPDATE ON activity_advocacy
    REFERENCING NEW TABLE AS scored FOR EACH STATEMENT EXECUTE FUNCTION plaza_word_of_mouth_scored();
CREATE TRIGGER activity_advocacy_word_of_mouth_delete AFTER DELETE ON activity_advocacy
    REFERENCING OLD TABLE AS scored FOR EACH STATEMENT EXECUTE FUNCTION plaza_word_of_mouth_scored();

-- Activities deleted (deleted_at set; nothing clears it). Those deleted before are in the set too:
-- they are neither roots nor reached, so they change nothing.
CREATE FUNCTION plaza_word_of_mouth_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    ids := ARRAY(SELECT id FROM rewritten WHERE deleted_at IS NOT NULL);
    IF cardinality(ids) > 0 THEN
        PERFORM plaza_word_of_mouth_changed(ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_deleted_word_of_mouth AFTER UPDATE ON activity
    REFERENCING NEW TABLE AS rewritten FOR EACH STATEMENT EXECUTE FUNCTION plaza_word_of_mouth_deleted();

-- The roots and cascades of what is stored, walked once, breadth first over all roots together; alone,
-- so there is nothing for the job to walk again.
INSERT INTO word_of_mouth_root (root_id, workspace_id, day, walked_at)
SELECT a.id, a.workspace_id, (a.at AT TIME ZONE 'UTC')::date, '-infinity'
FROM activity_advocacy v JOIN activity a ON a.id = v.activity_id
WHERE v.advocacy IN (0, 1) AND a.deleted_at IS NULL;

SELECT plaza_word_of_mouth_walk(ARRAY(SELECT root_id FROM word_of_mouth_root));
ANALYZE word_of_mouth_root, word_of_mouth_reach;
