package dev.plaza.store;

import org.jdbi.v3.core.statement.Query;

/**
 * Which conversations hold a question that the brand has not replied to after it. A question is a
 * post, reply or mention whose text carries a question mark of any script: ? ？ ؟ ՞ ፧ ⸮ ﹖ ︖, and the
 * Greek question mark U+037E, which Unicode normalization turns into ";" — so in Greek text a ";"
 * asks too. A mark inside a link ("?page=2") asks nothing. The brand's own activities are the posts
 * its local actors published (local_post), the posts Plaza made as its Bluesky account
 * (bluesky_posts), and whatever the identities of its Bluesky account and its owned channels wrote.
 */
final class UnansweredQuestions {

    /** A question mark that is not part of a link's query. */
    static final String QUESTION = "[?？؟՞፧⸮﹖︖\u037e](?![[:alnum:]_=&%/])";
    /** A ";" in text written in the Greek script. */
    static final String GREEK = "[\\u0370-\\u03ff\\u1f00-\\u1fff]";

    private UnansweredQuestions() {
    }

    /** The condition on conversation {@code c}, for a statement that binds {@code :w} and {@link #bind}. */
    static String condition(String c) {
        return """
                EXISTS (SELECT 1 FROM activity q
                        WHERE q.conversation_id = %1$s.id AND q.kind IN ('post', 'reply', 'mention') AND q.deleted_at IS NULL
                          AND (q.text ~ :question OR (q.text ~ ';' AND (lower(q.language) LIKE 'el%%' OR q.text ~ :greek)))
                          AND NOT %2$s
                          AND NOT EXISTS (SELECT 1 FROM activity r
                                          WHERE r.conversation_id = %1$s.id AND (r.at, r.id) > (q.at, q.id)
                                            AND r.kind IN ('post', 'reply', 'mention') AND r.deleted_at IS NULL AND %3$s))"""
                .formatted(c, brand("q"), brand("r"));
    }

    static void bind(Query query) {
        query.bind("question", QUESTION).bind("greek", GREEK);
    }

    /** Whether activity {@code a} is the brand's own, for a statement that binds {@code :w}. */
    static String brand(String a) {
        return brand(a, ":w");
    }

    /** Whether activity {@code a} is the brand's own, the brand being workspace {@code workspace} (an SQL expression). */
    static String brand(String a, String workspace) {
        return """
                (EXISTS (SELECT 1 FROM local_post lp WHERE lp.uri = %1$s.uri)
                 OR EXISTS (SELECT 1 FROM bluesky_posts bp WHERE bp.workspace_id = %2$s AND bp.uri = %1$s.uri)
                 OR EXISTS (SELECT 1 FROM identity i WHERE i.id = %1$s.author_identity_id AND %3$s))"""
                .formatted(a, workspace, brandIdentity("i"));
    }

    /** Whether identity {@code i} is one of the brand's accounts: an owned channel, or its Bluesky account. */
    static String brandIdentity(String i) {
        return """
                (EXISTS (SELECT 1 FROM channel ch WHERE ch.workspace_id = %1$s.workspace_id AND ch.kind = 'owned'
                         AND ch.platform = %1$s.platform
                         AND (ch.handle = %1$s.stable_id OR ltrim(lower(ch.handle), '@') = ltrim(lower(%1$s.handle), '@')))
                 OR EXISTS (SELECT 1 FROM bluesky_accounts b WHERE b.workspace_id = %1$s.workspace_id
                         AND %1$s.platform = 'bluesky' AND b.did = %1$s.stable_id))""".formatted(i);
    }
}
