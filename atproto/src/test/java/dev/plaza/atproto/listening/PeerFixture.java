package dev.plaza.atproto.listening;

import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.util.List;

/**
 * The reference PDS with two Bluesky accounts on it, the brand's and Alice's, a guarded client that may reach it on
 * loopback, and a writer acting for both accounts. Start one per test class, close it afterwards.
 */
public final class PeerFixture implements AutoCloseable {

    private final AtprotoPeer peer;
    private final GuardedHttpClient http;
    private final PeerWriter writer;
    private final BskyAccount brand;
    private final BskyAccount alice;

    private PeerFixture(AtprotoPeer peer, GuardedHttpClient http) {
        this.peer = peer;
        this.http = http;
        this.writer = new PeerWriter(new XrpcClient(http, peer.pdsUrl()));
        this.brand = writer.account("brand.test");
        this.alice = writer.account("alice.test");
    }

    public static PeerFixture start() {
        AtprotoPeer peer = AtprotoPeer.start();
        GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        try {
            return new PeerFixture(peer, http);
        } catch (RuntimeException e) {
            http.close();
            peer.close();
            throw e;
        }
    }

    public AtprotoPeer peer() {
        return peer;
    }

    public GuardedHttpClient http() {
        return http;
    }

    public PeerWriter writer() {
        return writer;
    }

    public BskyAccount brand() {
        return brand;
    }

    public BskyAccount alice() {
        return alice;
    }

    /**
     * Two posts, two likes, a repost and a follow, then deletes of a like, the follow and a post (a follow left in place
     * would be replaced by the next one); answers the operations the firehose must carry for them, in order.
     */
    public List<String> writeAFewOfEverything(String label) {
        int from = writer.written().size();
        StrongRef first = writer.post(alice, label + ": alice's first post");
        StrongRef second = writer.post(brand, label + ": the brand answers");
        StrongRef like = writer.like(brand, first);
        writer.repost(brand, first);
        StrongRef follow = writer.follow(brand, alice.did());
        writer.like(alice, second);
        writer.delete(brand, like);
        writer.delete(brand, follow);
        writer.delete(alice, first);
        List<String> all = writer.written();
        return all.subList(from, all.size());
    }

    @Override
    public void close() {
        http.close();
        peer.close();
    }
}
