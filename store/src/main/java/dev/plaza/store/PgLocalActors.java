package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ActorKeys;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.secrets.SecretBox;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgLocalActors implements LocalActors {

    static final RowMapper<LocalActor> ACTOR = (rs, ctx) -> new LocalActor(
            rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("username"),
            ActorKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("display_name"),
            rs.getString("summary"), rs.getBytes("rsa_public_key"), rs.getBytes("ed25519_public_key"),
            Rows.strings(rs.getArray("also_known_as")), Optional.ofNullable(rs.getString("moved_to")),
            Rows.instant(rs, "created_at"), ActorProfileRows.fields(rs), ActorProfileRows.image(rs, ImageSlot.AVATAR),
            ActorProfileRows.image(rs, ImageSlot.HEADER), Optional.ofNullable((Long) rs.getObject("team_member_id", Long.class)));

    private final Jdbi jdbi;
    private final SecretBox secrets;
    private final ReadCache<String, Optional<LocalActor>> byUsername;

    PgLocalActors(Jdbi jdbi, SecretBox secrets, ReadCache<String, Optional<LocalActor>> byUsername) {
        this.jdbi = jdbi;
        this.secrets = secrets;
        this.byUsername = byUsername;
    }

    @Override
    public LocalActor create(long workspaceId, NewActor actor) {
        new LocalActor(0, workspaceId, actor.username(), actor.kind(), actor.displayName(), actor.summary(),
                actor.rsaPublicKey(), actor.ed25519PublicKey(), List.of(), Optional.empty(), Instant.EPOCH, List.of(),
                Optional.empty(), Optional.empty(), actor.teamMemberId()); // validates
        if (findByUsername(actor.username()).isPresent()) {
            throw taken(actor.username());
        }
        LocalActor created = jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO local_actor (workspace_id, username, kind, display_name, summary, rsa_public_key,
                            rsa_private_key, ed25519_public_key, ed25519_private_key, team_member_id)
                        SELECT :w, :username, :kind, :name, :summary, :rsaPublic, :rsaPrivate, :edPublic, :edPrivate,
                            CAST(:member AS bigint)
                        WHERE CAST(:member AS bigint) IS NULL
                            OR EXISTS (SELECT 1 FROM team_member WHERE id = CAST(:member AS bigint) AND workspace_id = :w)
                        ON CONFLICT DO NOTHING
                        RETURNING *""")
                .bind("w", workspaceId).bind("username", actor.username()).bind("kind", actor.kind().key())
                .bind("member", actor.teamMemberId().orElse(null))
                .bind("name", actor.displayName()).bind("summary", actor.summary())
                .bind("rsaPublic", actor.rsaPublicKey()).bind("rsaPrivate", seal(actor.rsaPrivateKey()))
                .bind("edPublic", actor.ed25519PublicKey()).bind("edPrivate", seal(actor.ed25519PrivateKey()))
                .map(ACTOR).findOne()
                .orElseThrow(() -> {
                    changed(); // another request created it first: what is cached about it is stale
                    return notCreated(h, workspaceId, actor);
                }));
        changed();
        return created;
    }

    private static IllegalArgumentException taken(String username) {
        return new IllegalArgumentException("the username '%s' is taken on this server".formatted(username));
    }

    /** Why nothing was inserted: the name was taken, or the member is not the workspace's or has an account. */
    private static RuntimeException notCreated(Handle h, long workspaceId, NewActor actor) {
        if (actor.teamMemberId().isEmpty()) {
            return taken(actor.username());
        }
        long member = actor.teamMemberId().get();
        boolean inWorkspace = h.createQuery("SELECT count(*) > 0 FROM team_member WHERE id = :m AND workspace_id = :w")
                .bind("m", member).bind("w", workspaceId).mapTo(Boolean.class).one();
        if (!inWorkspace) {
            return new NotFoundException("team member", member);
        }
        return h.createQuery("SELECT username FROM local_actor WHERE team_member_id = :m")
                .bind("m", member).mapTo(String.class).findOne()
                .<RuntimeException>map(existing -> new IllegalArgumentException(
                        "this team member already has the fediverse account @%s".formatted(existing)))
                .orElseGet(() -> taken(actor.username()));
    }

    @Override
    public Optional<LocalActor> find(long actorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM local_actor WHERE id = :id").bind("id", actorId)
                .map(ACTOR).findOne());
    }

    @Override
    public Optional<LocalActor> findByUsername(String username) {
        return byUsername.get(username.toLowerCase(Locale.ROOT), u -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM local_actor WHERE lower(username) = lower(:u)")
                .bind("u", u).map(ACTOR).findOne()));
    }

    @Override
    public List<LocalActor> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM local_actor WHERE workspace_id = :w ORDER BY id")
                .bind("w", workspaceId).map(ACTOR).list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM local_actor").mapTo(Long.class).one());
    }

    @Override
    public ActorKeys privateKeys(long actorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT rsa_private_key, ed25519_private_key FROM local_actor WHERE id = :id")
                .bind("id", actorId)
                .map((rs, ctx) -> new ActorKeys(open(rs.getBytes(1)), open(rs.getBytes(2))))
                .findOne()
                .orElseThrow(() -> new NotFoundException("actor", actorId)));
    }

    @Override
    public LocalActor setAlsoKnownAs(long workspaceId, long actorId, List<String> aliases) {
        LocalActor updated = jdbi.withHandle(h -> setAlsoKnownAs(h, workspaceId, actorId, aliases));
        changed();
        return updated;
    }

    @Override
    public LocalActor saveProfile(long workspaceId, long actorId, ProfileEdit profile, Delivery update) {
        return savedWith(update, h -> ActorProfileRows.saveProfile(h, workspaceId, actorId, profile));
    }

    @Override
    public LocalActor saveImage(long workspaceId, long actorId, ImageSlot slot, Optional<ActorImage> image,
            Delivery update) {
        return savedWith(update, h -> ActorProfileRows.saveImage(h, workspaceId, actorId, slot, image));
    }

    /** A change of an actor and the Update that tells its followers, in one transaction. */
    private LocalActor savedWith(Delivery update, HandleCallback<LocalActor, RuntimeException> change) {
        LocalActor saved = jdbi.inTransaction(h -> {
            LocalActor updated = change.withHandle(h);
            PgDeliveryQueue.enqueue(h, update);
            return updated;
        });
        changed();
        return saved;
    }

    @Override
    public Optional<ActorImage> image(String username, ImageSlot slot) {
        return jdbi.withHandle(h -> ActorProfileRows.image(h, username, slot));
    }

    /** After a transaction that changed an actor has committed: cached lookups are stale. */
    void changed() {
        byUsername.invalidate();
    }

    /**
     * Within the caller's transaction, so that the Update announcing the aliases commits with them;
     * the caller calls {@link #changed()} once it committed.
     */
    LocalActor setAlsoKnownAs(Handle h, long workspaceId, long actorId, List<String> aliases) {
        for (String alias : aliases) {
            if (!alias.startsWith("https://") && !alias.startsWith("http://")) {
                throw new IllegalArgumentException("'%s' is not an actor URL (http or https)".formatted(alias));
            }
        }
        return h.createQuery("UPDATE local_actor SET also_known_as = :aliases WHERE workspace_id = :w AND id = :id RETURNING *")
                .bind("aliases", aliases.toArray(String[]::new)).bind("w", workspaceId).bind("id", actorId)
                .map(ACTOR).findOne()
                .orElseThrow(() -> new NotFoundException("actor", actorId));
    }

    private byte[] seal(byte[] der) {
        return secrets.seal(Base64.getEncoder().encodeToString(der));
    }

    private byte[] open(byte[] sealed) {
        return Base64.getDecoder().decode(secrets.open(sealed));
    }
}
