package dev.plaza.federation.blocks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.vocab.AsWriter;
import java.nio.charset.StandardCharsets;

/**
 * A block as ActivityStreams: {@code Block{actor: brand, object: blocked}}, taken back by an Undo
 * that embeds it. Ids are fragments of the blocking actor, named after the block, as Mastodon's are.
 */
final class BlockDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActorUris uris;

    BlockDocuments(ActorUris uris) {
        this.uris = uris;
    }

    String blockId(LocalActor actor, ActorBlock block) {
        return uris.actor(actor.username()) + "#blocks/" + block.id();
    }

    String undoId(LocalActor actor, ActorBlock block) {
        return blockId(actor, block) + "/undo";
    }

    byte[] block(LocalActor actor, ActorBlock block) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        body(doc, actor, block);
        return bytes(doc);
    }

    byte[] undo(LocalActor actor, ActorBlock block) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        doc.put("id", undoId(actor, block)).put("type", "Undo").put("actor", uris.actor(actor.username()));
        body(doc.putObject("object"), actor, block);
        doc.putArray("to").add(block.actorUri().orElseThrow());
        return bytes(doc);
    }

    private void body(ObjectNode doc, LocalActor actor, ActorBlock block) {
        String blocked = block.actorUri().orElseThrow(() -> new IllegalStateException("a pending block names no actor yet"));
        doc.put("id", blockId(actor, block)).put("type", "Block").put("actor", uris.actor(actor.username()))
                .put("object", blocked);
        doc.putArray("to").add(blocked);
    }

    private static byte[] bytes(ObjectNode doc) {
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }
}
