package dev.plaza.channels.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.channels.ImportException;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.SeenIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** actor.json: the archive's own account, as Mastodon's ActivityPub::ActorSerializer writes it. */
final class ActorReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Mastodon allows 30 characters; anything far longer was not written by Mastodon. */
    private static final int MAX_NAME = 200;

    private ActorReader() {
    }

    static Brand read(String label, InputStream in) {
        JsonNode actor;
        try {
            actor = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ImportException("%s is not valid JSON (line %d, column %d): %s".formatted(label,
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(label, e.getMessage()), e);
        }
        if (actor == null || !actor.isObject()) {
            throw notAnActor(label, "it is not a JSON object");
        }
        String id = Uris.http(actor.path("id").asText(null))
                .orElseThrow(() -> notAnActor(label, "its \"id\" is not an http(s) URI"));
        String username = actor.path("preferredUsername").asText("");
        Acct acct = Acct.parse(username + "@" + Uris.host(id))
                .orElseThrow(() -> notAnActor(label, "its \"preferredUsername\" is missing or not a user name"));
        String name = actor.path("name").asText("").strip();
        name = name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
        SeenIdentity identity = new SeenIdentity(Platform.FEDIVERSE, id, acct.handle(),
                name.isEmpty() ? acct.user() : name, Uris.http(actor.path("url").asText(null)), Optional.of(acct.hint()));
        return new Brand(identity, acct);
    }

    private static ImportException notAnActor(String label, String why) {
        return new ImportException("%s is not an ActivityPub actor: %s. Nothing was imported".formatted(label, why));
    }
}
