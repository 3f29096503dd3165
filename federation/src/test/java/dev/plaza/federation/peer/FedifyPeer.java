package dev.plaza.federation.peer;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Fedify ActivityPub server (test-peers/fedify/peer.mjs under Node 22) on a free loopback port,
 * with one actor, alice, that a test drives through typed control calls. Start one per test class,
 * close it afterwards:
 * <pre>{@code
 * try (FedifyPeer peer = FedifyPeer.start()) {
 *     peer.follow(plazaActor);
 *     JsonNode accept = peer.awaitReceived("Accept");
 * }
 * }</pre>
 * Control calls that deliver return after Fedify's POSTs were answered (an error from the remote
 * side fails the call); what alice receives is processed through Fedify's queue, so wait for it
 * with {@link #awaitReceived(String)}.
 */
public final class FedifyPeer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration AWAIT_TIMEOUT = Duration.ofSeconds(20);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final ProcessOutput output;
    private final URI origin;
    private final PeerControl control;
    private final Thread shutdownHook;

    private FedifyPeer(Process process, ProcessOutput output, URI origin, PeerControl control) {
        this.process = process;
        this.output = output;
        this.origin = origin;
        this.control = control;
        this.shutdownHook = new Thread(this::stopProcess, "fedify-peer-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static FedifyPeer start() {
        return start(PeerOptions.defaults());
    }

    /** Installs the peer if this JVM has not yet, starts it, and waits until it answers /control/health. */
    public static FedifyPeer start(PeerOptions options) {
        Path dir = PeerInstall.fedifyDir();
        FedifyPeerException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return launch(dir, options, freePort());
            } catch (PortTaken e) {
                last = e.failure;
            }
        }
        throw last;
    }

    private static FedifyPeer launch(Path dir, PeerOptions options, int port) {
        URI origin = URI.create("%s://%s:%d".formatted(options.scheme(), options.host(), port));
        ProcessBuilder builder = new ProcessBuilder(PeerInstall.node(dir).toString(), "peer.mjs")
                .directory(dir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(options.env());
        env.put("PEER_PORT", Integer.toString(port));
        env.put("PEER_ORIGIN", origin.toString());
        env.put("PEER_FIRST_KNOCK", options.firstKnock().fedifyName());
        env.put("PEER_DEBUG", options.debug() ? "1" : "0");
        options.tls().ifPresent(tls -> {
            env.put("PEER_TLS_CERT", tls.certificate().toAbsolutePath().toString());
            env.put("PEER_TLS_KEY", tls.privateKey().toAbsolutePath().toString());
        });
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new FedifyPeerException("could not start %s peer.mjs in %s: %s".formatted(PeerInstall.node(dir), dir, e), e);
        }
        ProcessOutput output = ProcessOutput.follow(process.getInputStream(), "fedify-peer-" + port, options.debug());
        FedifyPeer peer = new FedifyPeer(process, output, origin, new PeerControl(origin, options.tls()));
        try {
            peer.awaitHealthy();
            return peer;
        } catch (RuntimeException e) {
            peer.close();
            throw e;
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(origin.resolve("/control/health")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String text = output.text();
                FedifyPeerException failure = new FedifyPeerException("the Fedify peer exited with %d before it was healthy; its output:%n%s"
                        .formatted(process.exitValue(), text));
                throw text.contains("EADDRINUSE") ? new PortTaken(failure) : failure;
            }
            try {
                if (control.http().send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FedifyPeerException("interrupted while waiting for the Fedify peer", e);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new FedifyPeerException("the Fedify peer at %s was not healthy within %d s; its output:%n%s"
                .formatted(origin, START_TIMEOUT.toSeconds(), output.text()));
    }

    /** The origin alice claims, e.g. http://127.0.0.1:41234. */
    public URI origin() {
        return origin;
    }

    public URI actorUri() {
        return origin.resolve("/users/alice");
    }

    public URI inbox() {
        return origin.resolve("/users/alice/inbox");
    }

    public URI sharedInbox() {
        return origin.resolve("/inbox");
    }

    /** alice's handle without the leading @, e.g. alice@127.0.0.1:41234 (acct: lookups need https). */
    public String handle() {
        return "alice@" + origin.getAuthority();
    }

    /** The last lines the peer wrote (Fedify's log at warning, or debug with {@link PeerOptions#withDebug()}). */
    public String output() {
        return output.text();
    }

    // --- what alice does -------------------------------------------------------------------

    /** What Fedify makes of the document at {@code uri}: its class, id, JSON-LD and, for actors, the keys it found. */
    public JsonNode lookup(URI uri) {
        return control.post("/control/lookup", Map.of("uri", uri.toString()));
    }

    /** Fetches the actor (signed GET) and sends it a Follow; answers the Follow's id. */
    public Sent follow(URI actor) {
        return sent(control.post("/control/follow", Map.of("target", actor.toString())));
    }

    /** Sends Undo(Follow) for an actor alice followed through {@link #follow(URI)}. */
    public Sent unfollow(URI actor) {
        return sent(control.post("/control/unfollow", Map.of("target", actor.toString())));
    }

    public Sent post(String content) {
        return post(Post.publicly(content));
    }

    public Sent post(Post post) {
        return sent(control.post("/control/post", body(post)));
    }

    /** Builds the Create of a post, lying as {@code forgery} says, without sending it: for {@link #deliver}. */
    public Prepared prepare(Post post, Forgery forgery) {
        Map<String, Object> body = body(post);
        body.put("deliver", false);
        forgery.objectId().ifPresent(id -> body.put("objectId", id.toString()));
        forgery.attributedTo().ifPresent(author -> body.put("attributedTo", author.toString()));
        JsonNode answer = control.post("/control/post", body);
        return new Prepared(URI.create(answer.path("id").asText()), URI.create(answer.path("object").asText()),
                answer.path("activity"));
    }

    /** POSTs a prepared activity to {@code inbox} once, signed with Fedify's signRequest as {@code signing} says. */
    public InboxAnswer deliver(URI inbox, Prepared prepared, Signing signing, SignatureSpec spec) {
        JsonNode answer = control.post("/control/deliver", Map.of("inbox", inbox.toString(), "activity", prepared.json(),
                "signing", signing.peerName(), "spec", spec.fedifyName()));
        return new InboxAnswer(answer.path("status").asInt(), answer.path("body").asText());
    }

    /** Edits one of alice's posts and sends Update to its audience. */
    public Sent update(URI ownPost, String content) {
        return sent(control.post("/control/update", Map.of("object", ownPost.toString(), "content", content)));
    }

    /** Edits the title and content of one of alice's Articles and sends Update to its audience. */
    public Sent update(URI ownArticle, String title, String content) {
        return sent(control.post("/control/update", Map.of("object", ownArticle.toString(), "content", content,
                "name", title)));
    }

    /** Deletes one of alice's posts and sends Delete(Tombstone) to its audience. */
    public Sent delete(URI ownPost) {
        return sent(control.post("/control/delete", Map.of("object", ownPost.toString())));
    }

    /** Likes an object, delivering to its author (attributedTo). */
    public Sent like(URI object) {
        return sent(control.post("/control/like", Map.of("object", object.toString())));
    }

    /** Boosts an object: Announce to the author and alice's followers. */
    public Sent announce(URI object) {
        return sent(control.post("/control/announce", Map.of("object", object.toString())));
    }

    /** Answers a Question the way Mastodon does: Create(Note{name: choice, inReplyTo: question}) to its author. */
    public Sent vote(URI question, String choice) {
        return sent(control.post("/control/vote", Map.of("question", question.toString(), "choice", choice)));
    }

    /** Sends Move(alice → target) to alice's followers and sets her movedTo; the target should alias alice. */
    public Sent move(URI target) {
        return sent(control.post("/control/move", Map.of("target", target.toString())));
    }

    /** Sets alice's alsoKnownAs, so that an account may Move to her. */
    public void aliases(List<URI> aliases) {
        control.post("/control/alias", Map.of("aliases", aliases.stream().map(URI::toString).toList()));
    }

    /** Picks the dialect Fedify signs the next deliveries with first, forgetting what each server accepted before. */
    public void firstKnock(SignatureSpec spec) {
        control.post("/control/first-knock", Map.of("spec", spec.fedifyName()));
    }

    /** From now on (until {@link #reset()}) alice answers 401 to deliveries signed with RFC 9421 only, as Mastodon before 4.5. */
    public void refuseRfc9421() {
        control.post("/control/refuse-rfc9421", Map.of("refuse", true));
    }

    /** Forgets everything received, followers, following and alice's posts; keeps her keys. */
    public void reset() {
        control.post("/control/reset", Map.of());
    }

    // --- what alice saw ----------------------------------------------------------------------

    /**
     * Every activity alice received and Fedify verified, in order. Each entry has type, id, actor,
     * object, signature ("rfc9421", "draft-cavage" or null: the header dialect of the delivery),
     * activity (Fedify's compacted JSON-LD) and raw (the JSON body as delivered).
     */
    public List<JsonNode> received() {
        return list(control.get("/control/received"));
    }

    /** Every POST alice made, in order: url, dialect ("rfc9421", "draft-cavage") and the status it was answered. */
    public List<JsonNode> knocks() {
        return list(control.get("/control/knocks"));
    }

    /** Every request alice's server was sent (but control calls), in order: method, host, path, signature dialect. */
    public List<JsonNode> requests() {
        return list(control.get("/control/requests"));
    }

    /**
     * Deliveries alice refused: id and reason (Fedify's, e.g. "keyFetchError", "invalidSignature",
     * or "rfc9421Refused" after {@link #refuseRfc9421()}).
     */
    public List<JsonNode> rejected() {
        return list(control.get("/control/rejected"));
    }

    public List<URI> followers() {
        return list(control.get("/control/followers")).stream().map(node -> URI.create(node.asText())).toList();
    }

    /** Actors alice follows: id and state ("pending" or "accepted"). */
    public List<JsonNode> following() {
        return list(control.get("/control/following"));
    }

    public JsonNode awaitReceived(String type) {
        return awaitReceived(entry -> type.equals(entry.path("type").asText()), "a " + type, AWAIT_TIMEOUT);
    }

    /** Waits for the first received entry that matches; fails with what did arrive and the peer's output. */
    public JsonNode awaitReceived(Predicate<JsonNode> matches, String description, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<JsonNode> seen;
        do {
            seen = received();
            Optional<JsonNode> hit = seen.stream().filter(matches).findFirst();
            if (hit.isPresent()) {
                return hit.get();
            }
            sleep(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new FedifyPeerException("alice received no %s within %d s; received: %s; rejected: %s; peer output:%n%s"
                .formatted(description, timeout.toSeconds(), seen.stream().map(e -> e.path("type").asText()).toList(),
                        rejected(), output.text()));
    }

    /** Stops node and anything it started. */
    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }

    private void stopProcess() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> body(Post post) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", post.content());
        body.put("to", post.to());
        post.inReplyTo().ifPresent(uri -> body.put("inReplyTo", uri.toString()));
        body.put("mentions", post.mentions().stream().map(URI::toString).toList());
        body.put("type", post.typeName());
        post.title().ifPresent(title -> body.put("name", title));
        body.put("options", post.options());
        return body;
    }

    private static Sent sent(JsonNode answer) {
        Optional<URI> object = answer.hasNonNull("object") ? Optional.of(URI.create(answer.get("object").asText())) : Optional.empty();
        return new Sent(URI.create(answer.path("id").asText()), object);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return List.copyOf(items);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new FedifyPeerException("no free loopback port for the Fedify peer: " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FedifyPeerException("interrupted while waiting for the Fedify peer", e);
        }
    }

    /** The port was taken between choosing it and node binding it: try another. */
    private static final class PortTaken extends RuntimeException {
        private final transient FedifyPeerException failure;

        PortTaken(FedifyPeerException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
