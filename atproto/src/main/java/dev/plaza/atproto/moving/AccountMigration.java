package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.bsky.HandleToDid;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.Jwt;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.atproto.xrpc.XrpcSession;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.OutboundRequestException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an account from one PDS to another, step by step as the atproto account-migration guide
 * goes ({@link MigrationStep}), from a {@link MigrationState} that says what is done already. Every
 * step checks what the servers hold before it acts, so a move interrupted anywhere resumes from its
 * last saved state without doing anything twice. The move stops when it needs the token the old PDS
 * emailed and goes on when it is given.
 * <pre>{@code
 * AccountMigration move = new AccountMigration(http, identities, plan);
 * MigrationState state = move.run(move.start(), Optional.empty(), store::save);   // awaits the emailed token
 * state = move.run(state, Optional.of(Secret.of(code)), store::save);            // complete
 * }</pre>
 * One move at a time per instance; a step's failure is a {@link MigrationException}.
 */
public final class AccountMigration {

    static final String DESCRIBE_SERVER = "com.atproto.server.describeServer";
    static final String GET_SERVICE_AUTH = "com.atproto.server.getServiceAuth";
    static final String CREATE_ACCOUNT = "com.atproto.server.createAccount";
    static final String IMPORT_REPO = "com.atproto.repo.importRepo";
    static final String GET_PREFERENCES = "app.bsky.actor.getPreferences";
    static final String PUT_PREFERENCES = "app.bsky.actor.putPreferences";
    static final String ACTIVATE = "com.atproto.server.activateAccount";
    static final String DEACTIVATE = "com.atproto.server.deactivateAccount";
    private static final String CAR_TYPE = "application/vnd.ipld.car";
    private static final Logger LOG = LoggerFactory.getLogger(AccountMigration.class);

    private final MigrationPlan plan;
    private final XrpcClient newPds;
    private final RepoExport repos;
    private final BlobExport blobs;
    private final IdentityResolver identities;
    private final Clock clock;
    private AppPasswordSession newAccount;

    public AccountMigration(GuardedHttpClient http, IdentityResolver identities, MigrationPlan plan) {
        this(http, identities, plan, Clock.systemUTC());
    }

    /** @param clock dates the email token's request */
    public AccountMigration(GuardedHttpClient http, IdentityResolver identities, MigrationPlan plan, Clock clock) {
        this.plan = requireNonNull(plan, "plan");
        this.identities = requireNonNull(identities, "identities");
        this.clock = requireNonNull(clock, "clock");
        this.newPds = new XrpcClient(http, plan.newPds());
        this.repos = new RepoExport(http, identities);
        this.blobs = new BlobExport(http);
    }

    /** A move with nothing done yet. */
    public MigrationState start() {
        return MigrationState.start(plan.did());
    }

    /**
     * Runs the steps left, handing each new state to {@code onProgress} (to keep it) as soon as there is
     * one; stops when the move is complete, or when it needs the emailed token and {@code emailToken} is empty.
     */
    public MigrationState run(MigrationState state, Optional<Secret> emailToken, Consumer<MigrationState> onProgress) {
        MigrationState current = state;
        while (!current.isComplete() && !(current.awaitsEmailToken() && emailToken.isEmpty())) {
            current = step(current, emailToken, onProgress);
        }
        return current;
    }

    /** Runs the next step only. */
    public MigrationState step(MigrationState state, Optional<Secret> emailToken) {
        return step(state, emailToken, ignored -> { });
    }

    /** The account on the new PDS, logged in with the plan's password once the account exists there. */
    public XrpcSession newAccount() {
        if (newAccount == null) {
            newAccount = AppPasswordSession.login(newPds, new AppPassword(plan.did(), plan.password()),
                    new InMemorySessionStore(), SessionOptions.DEFAULT);
        }
        return newAccount;
    }

    private MigrationState step(MigrationState state, Optional<Secret> emailToken, Consumer<MigrationState> onProgress) {
        if (!state.did().equals(plan.did())) {
            throw new AtprotoException("the state of moving %s does not belong to %s".formatted(state.did(), plan));
        }
        MigrationStep step = state.next().orElseThrow(() -> new AtprotoException(
                "moving %s is complete: there is no step left".formatted(state.did())));
        Progress progress = new Progress(state, onProgress);
        LOG.info("moving {} to {}: {}", plan.did(), plan.newPds(), step.title());
        try {
            MigrationState after = switch (step) {
                case LOOK_UP_NEW_PDS -> lookUpNewPds(state);
                case CREATE_ACCOUNT -> createAccount(state);
                case IMPORT_REPO -> importRepo(state);
                case IMPORT_BLOBS -> new BlobCopy(blobs, plan, newAccount()).copy(progress);
                case COPY_PREFERENCES -> copyPreferences(state);
                case REQUEST_PLC_TOKEN -> identity().isMoved()
                        ? state.completed(MigrationStep.REQUEST_PLC_TOKEN)
                        : identity().requestToken(state, clock);
                case UPDATE_IDENTITY -> identity().update(progress, emailToken);
                case ACTIVATE_NEW_ACCOUNT -> activate(state);
                case DEACTIVATE_OLD_ACCOUNT -> deactivateOld(state);
                case CONFIRM -> confirm(state);
            };
            // a resumed move whose identity update went through already needs no token: both steps are done
            MigrationState completed = after.completed(after.isDone(step) ? MigrationStep.UPDATE_IDENTITY : step);
            progress.update(completed);
            return completed;
        } catch (AtprotoException | OutboundRequestException e) {
            throw new MigrationException(step, progress.state(), e.getMessage(), e);
        }
    }

    private IdentityMove identity() {
        return new IdentityMove(plan.oldAccount(), newAccount());
    }

    private MigrationState lookUpNewPds(MigrationState state) {
        JsonNode server = newPds.query(DESCRIBE_SERVER, Map.of(), Optional.empty());
        String did = server.path("did").asText("");
        if (!Did.isValid(did)) {
            throw new AtprotoException("%s at %s answered no service DID (\"%s\")".formatted(DESCRIBE_SERVER, plan.newPds(), did));
        }
        if (server.path("inviteCodeRequired").asBoolean(false) && plan.inviteCode().isEmpty()) {
            throw new AtprotoException("%s requires an invite code to create an account; the plan has none".formatted(plan.newPds()));
        }
        return state.withNewPdsDid(did);
    }

    private MigrationState createAccount(MigrationState state) {
        if (existsOnNewPds()) {
            LOG.info("{} already has the account {}: not creating it again", plan.newPds(), plan.did());
            return state;
        }
        String audience = state.newPdsDid().orElseThrow(() -> new AtprotoException("the new PDS's service DID is unknown"));
        JsonNode auth = plan.oldAccount().query(GET_SERVICE_AUTH, Map.of("aud", audience, "lxm", CREATE_ACCOUNT));
        ObjectNode input = JsonNodeFactory.instance.objectNode()
                .put("did", plan.did().value())
                .put("handle", plan.newHandle().value())
                .put("email", plan.email())
                .put("password", plan.password().reveal());
        plan.inviteCode().ifPresent(code -> input.put("inviteCode", code.reveal()));
        newPds.procedure(CREATE_ACCOUNT, input, Optional.of(Jwt.of(auth.path("token").asText())));
        newAccount();
        return state;
    }

    /** Whether the plan's password logs the account in on the new PDS: a resumed move created it already. */
    private boolean existsOnNewPds() {
        try {
            newAccount();
            return true;
        } catch (XrpcException e) {
            if (e.status() == 401) {
                return false;
            }
            throw e;
        }
    }

    private MigrationState importRepo(MigrationState state) {
        RepoExport.Verified repo = repos.fetch(plan.oldPds(), plan.did(), plan.maxRepoBytes());
        newAccount().procedure(IMPORT_REPO, repo.car(), CAR_TYPE);
        LOG.info("moving {}: imported {} records ({} bytes, rev {})", plan.did(), repo.summary().records(),
                repo.summary().bytes(), repo.summary().rev());
        return state.withRepo(repo.summary().records(), repo.summary().rev());
    }

    private MigrationState copyPreferences(MigrationState state) {
        JsonNode preferences;
        try {
            preferences = plan.oldAccount().query(GET_PREFERENCES, Map.of()).path("preferences");
        } catch (XrpcException e) {
            if (!isNotServed(e)) {
                throw e;
            }
            LOG.warn("moving {}: {} keeps no Bluesky preferences ({}); there are none to copy", plan.did(), plan.oldPds(),
                    e.getMessage());
            return state;
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("preferences", preferences.isArray() ? preferences : JsonNodeFactory.instance.arrayNode());
        newAccount().procedure(PUT_PREFERENCES, input);
        return state;
    }

    /**
     * A PDS without a Bluesky app view configured serves no app.bsky.* methods, preferences included; the
     * reference PDS says so as a 400 "No service configured for …", others as 501 or 404.
     */
    private static boolean isNotServed(XrpcException e) {
        return e.status() == 501 || e.status() == 404 || e.isError("MethodNotImplemented")
                || e.errorMessage().filter(message -> message.startsWith("No service configured")).isPresent();
    }

    private MigrationState activate(MigrationState state) {
        newAccount().procedure(ACTIVATE);
        return state;
    }

    private MigrationState deactivateOld(MigrationState state) {
        try {
            plan.oldAccount().procedure(DEACTIVATE, JsonNodeFactory.instance.objectNode());
        } catch (XrpcException e) {
            if (!e.isError("AccountDeactivated")) {
                throw e;
            }
            LOG.info("{} had deactivated {} already", plan.oldPds(), plan.did());
        }
        return state;
    }

    private MigrationState confirm(MigrationState state) {
        AccountStatus status = AccountStatus.read(newAccount().query(AccountStatus.CHECK_ACCOUNT_STATUS, Map.of()));
        var shortcomings = status.shortcomings(state.blobsUnavailable().size());
        if (!shortcomings.isEmpty()) {
            throw new AtprotoException("%s says of %s: %s".formatted(plan.newPds(), plan.did(), String.join("; ", shortcomings)));
        }
        new IdentityCheck(identities, HandleToDid.viaPds(newAccount())).verify(plan.did(), plan.newPds(), plan.newHandle());
        return state.withFinalStatus(status);
    }

    /** The latest state within a step, kept as soon as it changes, so that a failure loses nothing done. */
    static final class Progress {
        private MigrationState state;
        private final Consumer<MigrationState> keep;

        Progress(MigrationState state, Consumer<MigrationState> keep) {
            this.state = state;
            this.keep = keep;
        }

        MigrationState state() {
            return state;
        }

        void update(MigrationState next) {
            state = next;
            keep.accept(next);
        }
    }

    @Override
    public String toString() {
        return plan.toString();
    }
}
