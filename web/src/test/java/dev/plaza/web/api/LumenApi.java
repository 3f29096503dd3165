package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lumen's community and a second one in another workspace, the API server over both, and a viewer of
 * Lumen's, for one test class. Register it after its store:
 * {@code @RegisterExtension @Order(2) static final LumenApi api = new LumenApi(db);}
 */
final class LumenApi implements BeforeAllCallback, AfterAllCallback {

    private final TestStore db;
    private Lumen lumen;
    private Lumen other;
    private ApiServer server;

    LumenApi(TestStore db) {
        this.db = db;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        lumen = Lumen.plant(db.store(), db.newWorkspace().id());
        other = Lumen.plant(db.store(), db.newWorkspace().id());
        server = ApiServer.start(db.store());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    Lumen lumen() {
        return lumen;
    }

    /** The same community in another workspace: its ids are not Lumen's to see. */
    Lumen other() {
        return other;
    }

    ApiServer server() {
        return server;
    }

    ApiClient viewer() {
        return server.client(lumen.viewer());
    }

    /** The body of a GET that must succeed. */
    JsonNode ok(String path) {
        ApiResponse response = viewer().get(path);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    /** The message of a GET that must be refused as a bad request. */
    String refusal(String path) {
        ApiResponse response = viewer().get(path);
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        return response.message();
    }

    /** Expected JSON, read as the client reads the server's. */
    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }
}
