package dev.plaza.atproto.firehose;

/**
 * One message of a repository event stream (com.atproto.sync.subscribeRepos): a repository commit,
 * a sync, an identity or account change, an info notice, an error frame that ends the stream, or a
 * message of a type Plaza does not know, kept as it came so that newer streams stay readable.
 */
public sealed interface FirehoseMessage
        permits CommitMessage, SyncMessage, IdentityMessage, AccountMessage, InfoMessage, ErrorFrame, UnknownMessage {
}
