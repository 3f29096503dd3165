package dev.plaza.federation.peer;

import dev.plaza.testing.NodePeers;
import dev.plaza.testing.TestPeerException;
import java.nio.file.Path;
import java.time.Duration;

/** test-peers/fedify, installed once per JVM, failing as the Fedify harness does. */
final class PeerInstall {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(15);

    private PeerInstall() {
    }

    /** The fedify folder, with node_modules at the locked versions. */
    static Path fedifyDir() {
        try {
            return NodePeers.installed("fedify", INSTALL_TIMEOUT);
        } catch (TestPeerException e) {
            throw new FedifyPeerException(e.getMessage(), e);
        }
    }

    static Path node(Path fedifyDir) {
        return NodePeers.node(fedifyDir);
    }
}
