package dev.plaza.core.scoring;

/** Reads a post's sentiment and what it does for the brand; safe to call from many threads at once. */
public interface PostScorer {

    PostScore score(PostToScore post);
}
