package dev.plaza.demo;

import java.time.Instant;

/** A post in a generated thread: what it says, when, and how deep below the thread's first post. */
record Node(Post post, Instant at, Phrase phrase, String lang, int depth) {

    Account author() {
        return post.author();
    }

    boolean isRoot() {
        return depth == 0;
    }
}
