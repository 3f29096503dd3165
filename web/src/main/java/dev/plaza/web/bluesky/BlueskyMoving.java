package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.moving.AccountMigration;
import dev.plaza.atproto.moving.MigrationException;
import dev.plaza.atproto.moving.MigrationPlan;
import dev.plaza.atproto.moving.MigrationState;
import dev.plaza.atproto.moving.MigrationStates;
import dev.plaza.atproto.moving.MigrationStep;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.XrpcSession;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyMove;
import dev.plaza.core.bluesky.BlueskyMoveSecrets;
import dev.plaza.core.bluesky.BlueskyMoves;
import dev.plaza.core.Store;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the brand's Bluesky account to another PDS as Settings → Bluesky → Move guides it: checks what
 * it can before anything is done (the account's own password, the new server, the handle), then runs
 * the steps on a virtual thread, keeping the state after each so that the page shows it and a restart
 * carries on. The move stops for the token the old server emails and goes on when it is pasted. Once
 * complete, the connected account points at the new server with a new app password Plaza makes there,
 * and the passwords the move needed are forgotten.
 */
public final class BlueskyMoving {

    private static final Logger LOG = LoggerFactory.getLogger(BlueskyMoving.class);

    private final BlueskyConnections connections;
    private final BlueskyMoves moves;
    private final GuardedHttpClient http;
    private final IdentityResolver identities;
    private final Map<Long, Thread> running = new ConcurrentHashMap<>();

    /** @param http with a response size limit large enough for the repository and its blobs */
    public BlueskyMoving(Store store, BlueskyConnections connections, GuardedHttpClient http, IdentityResolver identities) {
        this.moves = store.blueskyMoves();
        this.connections = requireNonNull(connections, "connections");
        this.http = requireNonNull(http, "http");
        this.identities = requireNonNull(identities, "identities");
    }

    public Optional<MoveStatus> status(long workspaceId) {
        return moves.find(workspaceId).map(move -> new MoveStatus(move, MigrationStates.fromJson(move.state()),
                running.containsKey(workspaceId)));
    }

    /** Checks the request against both servers, keeps the move and starts its steps; on any refusal nothing is kept. */
    public BlueskyMove start(long workspaceId, MoveRequest request, String startedBy) {
        BlueskyAccount account = connections.account(workspaceId).orElseThrow(() -> new IllegalArgumentException(
                "No Bluesky account is connected; connect the brand's account under Settings → Bluesky first."));
        if (status(workspaceId).filter(status -> !status.complete()).isPresent()) {
            throw new IllegalArgumentException("A move of @%s is already under way.".formatted(account.handle()));
        }
        URI oldPds = URI.create(account.pdsUrl());
        URI newPds = BlueskyConnections.pdsUrl(request.newPdsUrl());
        if (newPds.equals(oldPds)) {
            throw new IllegalArgumentException("@%s is on %s already; give the new server's URL.".formatted(account.handle(), oldPds));
        }
        if (!request.email().contains("@")) {
            throw new IllegalArgumentException("Give the email address the account will have on the new server.");
        }
        if (request.newPassword().length() < 8) {
            throw new IllegalArgumentException("Choose a password of at least 8 characters for the account on the new server.");
        }
        AccountPassword.login(http, oldPds, Did.parse(account.did()), account.handle(), request.accountPassword());
        Handle handle = NewHandle.choose(http, newPds, account.handle(), request);
        BlueskyMove move = moves.start(new BlueskyMove(workspaceId, account.did(), oldPds.toString(), newPds.toString(),
                        handle.value(), request.email().strip(), MigrationStates.toJson(MigrationState.start(Did.parse(account.did()))),
                        connections.clock().instant(), startedBy, connections.clock().instant(), Optional.empty(), Optional.empty()),
                new BlueskyMoveSecrets(request.accountPassword(), request.newPassword(), request.inviteCode()));
        launch(workspaceId, Optional.empty());
        return move;
    }

    /** Goes on with the token the old server emailed. */
    public void confirm(long workspaceId, String token) {
        MoveStatus status = idle(workspaceId);
        if (!status.state().awaitsEmailToken()) {
            throw new IllegalArgumentException("The move is not waiting for an emailed code.");
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException("Paste the code the old server emailed to the account's address.");
        }
        launch(workspaceId, Optional.of(Secret.of(token.strip())));
    }

    /** Runs the step that failed again. */
    public void retry(long workspaceId) {
        idle(workspaceId);
        launch(workspaceId, Optional.empty());
    }

    /** Asks the old server for a new emailed code, forgetting the one sent before. */
    public void newCode(long workspaceId) {
        MoveStatus status = idle(workspaceId);
        if (!status.state().awaitsEmailToken()) {
            throw new IllegalArgumentException("The move is not waiting for an emailed code.");
        }
        moves.saveState(workspaceId, MigrationStates.toJson(status.state().backTo(MigrationStep.REQUEST_PLC_TOKEN)),
                connections.clock().instant());
        launch(workspaceId, Optional.empty());
    }

    /** Forgets a move that has not touched the account's identity yet; answers what stays behind on the servers. */
    public String cancel(long workspaceId) {
        MoveStatus status = status(workspaceId).filter(s -> !s.complete())
                .orElseThrow(() -> new IllegalArgumentException("No move is under way."));
        if (!status.cancellable()) {
            throw new IllegalArgumentException(("The old server has signed the identity update already: the move can no"
                    + " longer be cancelled, only finished."));
        }
        moves.cancel(workspaceId);
        String left = status.state().isDone(MigrationStep.CREATE_ACCOUNT)
                ? " The account made on %s stays there, deactivated.".formatted(status.move().newPdsUrl()) : "";
        return "Cancelled the move. The account on %s is as it was and Plaza keeps posting there.%s"
                .formatted(status.move().oldPdsUrl(), left);
    }

    /** Carries on the moves that were running when Plaza stopped; those waiting for a code or a retry wait on. */
    public void resumeAll() {
        for (BlueskyMove move : moves.unfinished()) {
            MigrationState state = MigrationStates.fromJson(move.state());
            if (move.lastError().isEmpty() && !state.awaitsEmailToken()) {
                LOG.info("carrying on the move of {} to {}", move.did(), move.newPdsUrl());
                launch(move.workspaceId(), Optional.empty());
            }
        }
    }

    private MoveStatus idle(long workspaceId) {
        MoveStatus status = status(workspaceId).filter(s -> !s.complete())
                .orElseThrow(() -> new IllegalArgumentException("No move is under way."));
        if (status.running()) {
            throw new IllegalArgumentException("A step of the move is running; wait for it to finish.");
        }
        return status;
    }

    private void launch(long workspaceId, Optional<Secret> token) {
        Thread thread = Thread.ofVirtual().name("bluesky-move-" + workspaceId).unstarted(() -> {
            try {
                new MoveRun(workspaceId).run(token);
            } finally {
                running.remove(workspaceId);
            }
        });
        if (running.putIfAbsent(workspaceId, thread) != null) {
            throw new IllegalArgumentException("A step of the move is running; wait for it to finish.");
        }
        thread.start();
    }

    /** One run of a move's steps, from the state kept, until it completes, waits for the code, or fails. */
    private final class MoveRun {

        private final long workspaceId;

        MoveRun(long workspaceId) {
            this.workspaceId = workspaceId;
        }

        void run(Optional<Secret> token) {
            try {
                BlueskyMove move = moves.find(workspaceId).orElseThrow(Cancelled::new);
                BlueskyMoveSecrets secrets = moves.secrets(workspaceId).orElseThrow(Cancelled::new);
                moves.recordError(workspaceId, Optional.empty(), connections.clock().instant());
                AccountMigration migration = new AccountMigration(http, identities, plan(move, secrets));
                MigrationState state = migration.run(MigrationStates.fromJson(move.state()), token, this::keep);
                if (state.isComplete()) {
                    settle(move, migration.newAccount(), state);
                }
            } catch (Cancelled e) {
                LOG.info("the Bluesky move of workspace {} was cancelled", workspaceId);
            } catch (MigrationException e) {
                if (moves.saveState(workspaceId, MigrationStates.toJson(e.state()), connections.clock().instant())) {
                    fail(e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warn("the Bluesky move of workspace {} failed", workspaceId, e);
                fail(e.getMessage());
            }
        }

        private MigrationPlan plan(BlueskyMove move, BlueskyMoveSecrets secrets) {
            URI oldPds = URI.create(move.oldPdsUrl());
            AppPasswordSession oldAccount = AccountPassword.login(http, oldPds, Did.parse(move.did()), move.newHandle(),
                    secrets.accountPassword());
            return new MigrationPlan(oldAccount, oldPds, URI.create(move.newPdsUrl()), Handle.parse(move.newHandle()),
                    move.email(), Secret.of(secrets.newPassword()), secrets.inviteCode().map(Secret::of),
                    MigrationPlan.DEFAULT_MAX_REPO_BYTES);
        }

        /**
         * Plaza posts with an app password, and app passwords stay with the server that made them: it makes a new
         * one on the new server, so that the brand keeps posting without anyone making one by hand.
         */
        private void settle(BlueskyMove move, XrpcSession newAccount, MigrationState state) {
            String name = "Plaza (moved " + connections.clock().instant().toString().substring(0, 19) + ")";
            String appPassword = newAccount.procedure("com.atproto.server.createAppPassword",
                    JsonNodeFactory.instance.objectNode().put("name", name))
                    .path("password").asText();
            connections.connect(workspaceId, move.did(), appPassword, Optional.of(move.newPdsUrl()), move.startedBy());
            moves.complete(workspaceId, MigrationStates.toJson(state), connections.clock().instant());
            LOG.info("moved {} to {}", move.did(), move.newPdsUrl());
        }

        private void keep(MigrationState state) {
            if (!moves.saveState(workspaceId, MigrationStates.toJson(state), connections.clock().instant())) {
                throw new Cancelled();
            }
        }

        private void fail(String message) {
            moves.recordError(workspaceId, Optional.of(message), connections.clock().instant());
        }
    }

    /** The move was cancelled while a step ran: the run stops at its next save. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("the move was cancelled", null, false, false);
        }
    }
}
