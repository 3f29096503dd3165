package dev.plaza.atproto.peer;

import dev.plaza.testing.NodePeers;
import dev.plaza.testing.TestPeerException;
import java.nio.file.Path;
import java.time.Duration;

/** test-peers/atproto, installed once per JVM, failing as the AT Protocol harness does. */
final class PeerInstall {

    // the first install downloads ~400 MB and compiles better-sqlite3: about 4 minutes on two cores
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(20);

    private PeerInstall() {
    }

    /** The atproto peer folder, with node_modules at the locked versions. */
    static Path atprotoDir() {
        try {
            return NodePeers.installed("atproto", INSTALL_TIMEOUT);
        } catch (TestPeerException e) {
            throw new AtprotoPeerException(e.getMessage(), e);
        }
    }

    static Path node(Path atprotoDir) {
        return NodePeers.node(atprotoDir);
    }
}
