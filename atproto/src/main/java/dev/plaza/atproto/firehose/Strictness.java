package dev.plaza.atproto.firehose;

/**
 * How much of Sync 1.1 a host's commits must follow. STRICT asks for every commit to carry
 * {@code prevData} and a complete inductive proof and refuses the deprecated tooBig and rebase
 * flags; LENIENT also takes legacy commits, whose signature and operations are still checked.
 */
public enum Strictness {
    STRICT, LENIENT
}
