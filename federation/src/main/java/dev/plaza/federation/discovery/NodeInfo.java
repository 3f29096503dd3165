package dev.plaza.federation.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.federation.actors.ActorUris;

/** NodeInfo 2.1 (nodeinfo.diaspora.software): what software this server runs and how big it is. */
public final class NodeInfo {

    public static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.1";
    public static final String CONTENT_TYPE = "application/json; profile=\"" + SCHEMA + "#\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActorUris uris;
    private final String version;

    public NodeInfo(ActorUris uris, String version) {
        this.uris = uris;
        this.version = version;
    }

    /** {@code /.well-known/nodeinfo}: where the document is. */
    public ObjectNode links() {
        ObjectNode links = JSON.createObjectNode();
        links.putArray("links").addObject().put("rel", SCHEMA).put("href", uris.base() + "/nodeinfo/2.1");
        return links;
    }

    /** The document itself; {@code users} counts local actors. Sign-up is never open on Plaza. */
    public ObjectNode document(long users, long localPosts) {
        ObjectNode doc = JSON.createObjectNode().put("version", "2.1");
        doc.putObject("software").put("name", "plaza").put("version", version);
        doc.putArray("protocols").add("activitypub");
        ObjectNode services = doc.putObject("services");
        services.putArray("inbound");
        services.putArray("outbound");
        doc.put("openRegistrations", false);
        ObjectNode usage = doc.putObject("usage");
        usage.putObject("users").put("total", users).put("activeMonth", users).put("activeHalfyear", users);
        usage.put("localPosts", localPosts);
        doc.putObject("metadata").put("nodeName", uris.host());
        return doc;
    }
}
