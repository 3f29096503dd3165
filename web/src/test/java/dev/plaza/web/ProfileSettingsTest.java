package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.testing.TestStore;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings → Profile: everyone on the team reads it, managers and owners change it (forms with the
 * CSRF token), bad input comes back as a message and changes nothing, and what is saved is what the
 * public profile page and the image URLs serve.
 */
class ProfileSettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static LocalActor brand;
    static Browser manager;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "profile", false);
        brand = new ActorProvisioner(db.store().localActors()).create(community.workspace().id(), "fernhill",
                ActorKind.ORGANIZATION, "Fernhill", "");
        new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(), "elsewhere", ActorKind.ORGANIZATION,
                "Another brand", "");
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void startFromABareProfile() {
        LocalActor now = current();
        server.profiles().edit(now, new ProfileEdit("Fernhill", "", List.of()));
        server.profiles().removeImage(current(), ImageSlot.AVATAR);
        server.profiles().removeImage(current(), ImageSlot.HEADER);
        manager.get("/settings/profile");
    }

    @Test
    void viewersReadTheProfileButOnlyManagersAndOwnersChangeIt() {
        Browser viewer = community.browser(server, Role.VIEWER);
        String page = viewer.get("/settings/profile").body();

        assertThat(page).contains("href=\"/settings/profile\" aria-current=\"page\"").contains("Profile of @fernhill@")
                .contains("Viewers can read the profile").doesNotContain("Save profile").doesNotContain("type=\"file\"");
        assertThat(viewer.post("/settings/profile/fernhill", Map.of("display_name", "Viewer was here")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.upload("/settings/profile/fernhill/avatar", "image", "a.png", png(8, 8), false).statusCode())
                .isEqualTo(403);
        assertThat(current().displayName()).isEqualTo("Fernhill");
        assertThat(manager.get("/settings/profile").body()).contains("Save profile").contains("id=\"avatar-file\"");
        assertThat(community.browser(server, Role.OWNER).get("/settings/profile").body()).contains("Save profile");
    }

    @Test
    void aManagerSavesTheNameBioAndFieldsAndThePublicProfileShowsThem() {
        HttpResponse<String> saved = manager.post("/settings/profile/fernhill", Map.of("display_name", "Fernhill Bikes",
                "summary", "City bikes <for everyone>\n\nRepairs too", "field_name_1", "Website",
                "field_value_1", "https://fernhill.example", "field_name_3", "Hours", "field_value_3", "9–17"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains("/settings/profile?actor=fernhill");
        assertThat(manager.get("/settings/profile?actor=fernhill").body())
                .contains("Saved the profile of @fernhill; followers' servers are being told.")
                .contains("value=\"Fernhill Bikes\"").contains("value=\"https://fernhill.example\"");
        assertThat(current().fields()).extracting(f -> f.name() + "=" + f.value())
                .containsExactly("Website=https://fernhill.example", "Hours=9–17");
        String profile = Browser.at(server).get("/@fernhill").body();
        assertThat(profile).contains("<h1>Fernhill Bikes</h1>").contains("<p>City bikes &lt;for everyone&gt;</p><p>Repairs too</p>")
                .contains("<dt>Website</dt><dd><a href=\"https://fernhill.example\" rel=\"me nofollow noopener noreferrer\"")
                .contains("<dt>Hours</dt><dd>9–17</dd>");
    }

    @Test
    void badInputComesBackAsAMessageAndChangesNothing() {
        manager.post("/settings/profile/fernhill", Map.of("display_name", " ", "summary", "x"));
        assertThat(manager.get("/settings/profile").body()).contains("flash-error").contains("the display name is empty");

        manager.post("/settings/profile/fernhill", Map.of("display_name", "Fernhill", "field_value_2", "https://shop.example"));
        assertThat(manager.get("/settings/profile").body()).contains("flash-error")
                .contains("a profile field needs a label (the value 'https://shop.example' has none)");

        manager.post("/settings/profile/fernhill", Map.of("display_name", "Fernhill", "field_name_1", "Site",
                "field_value_1", "v".repeat(2049)));
        assertThat(manager.get("/settings/profile").body()).contains("is 2049 characters; the limit is 2048");

        assertThat(current().fields()).isEmpty();
        assertThat(current().summary()).isEmpty();
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() {
        HttpResponse<String> refused = manager.postRaw("/settings/profile/fernhill", Map.of("display_name", "Forged"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(current().displayName()).isEqualTo("Fernhill");
    }

    @Test
    void anUploadedAvatarAndHeaderAreShownAndServedAsTheyWereStored() throws Exception {
        byte[] avatar = png(64, 64);
        byte[] header = png(300, 100);

        assertThat(manager.upload("/settings/profile/fernhill/avatar", "image", "me.png", avatar, false).statusCode())
                .isEqualTo(303);
        manager.get("/settings/profile");
        manager.upload("/settings/profile/fernhill/header", "image", "banner.png", header, false);

        LocalActor pictured = current();
        String avatarUrl = "/media/actors/fernhill/avatar?v=" + pictured.avatar().orElseThrow().version();
        assertThat(manager.get("/settings/profile").body()).contains("Changed the header of @fernhill")
                .contains("src=\"/media/actors/fernhill/avatar?v=").contains("Remove avatar");
        assertThat(Browser.at(server).get("/@fernhill").body()).contains("class=\"profile-avatar\"")
                .contains("class=\"profile-header\"");

        HttpResponse<byte[]> served = Images.get(server, avatarUrl, Optional.empty());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(avatar);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(Images.get(server, avatarUrl, Optional.of(etag)).statusCode()).isEqualTo(304);
        assertThat(Images.get(server, "/media/actors/fernhill/avatar?v=old", Optional.empty()).headers()
                .firstValue("Cache-Control")).contains("public, max-age=300");
        assertThat(Images.get(server, "/media/actors/fernhill/header", Optional.empty()).body()).isEqualTo(header);
        assertThat(Browser.at(server).get("/.well-known/webfinger?resource=acct:fernhill@127.0.0.1").body())
                .contains("\"rel\":\"http://webfinger.net/rel/avatar\",\"type\":\"image/png\",\"href\":\"http://127.0.0.1"
                        + avatarUrl + "\"");

        manager.post("/settings/profile/fernhill/avatar/remove", Map.of());

        assertThat(current().avatar()).isEmpty();
        assertThat(Images.get(server, avatarUrl, Optional.empty()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadThatIsNoImageOrTooLargeIsRefusedAndNothingIsStored() {
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] huge = Arrays.copyOf(png(8, 8), ImageSlot.AVATAR.maxBytes() + 10);

        manager.upload("/settings/profile/fernhill/avatar", "image", "innocent.png", page, false);
        assertThat(manager.get("/settings/profile").body()).contains("flash-error")
                .contains("the avatar is not a PNG, JPEG, GIF or WebP image");

        manager.upload("/settings/profile/fernhill/avatar", "image", "huge.png", huge, false);
        assertThat(manager.get("/settings/profile").body()).contains("flash-error").contains("the limit is 2 MiB");

        manager.upload("/settings/profile/fernhill/header", "image", "empty.png", new byte[0], false);
        assertThat(manager.get("/settings/profile").body()).contains("choose an image file (PNG, JPEG, GIF or WebP) for the header");

        assertThat(current().avatar()).isEmpty();
        assertThat(current().header()).isEmpty();
        assertThat(db.store().localActors().image("fernhill", ImageSlot.AVATAR)).isEmpty();
    }

    @Test
    void anotherWorkspacesActorIsNotFound() {
        assertThat(manager.get("/settings/profile?actor=elsewhere").statusCode()).isEqualTo(404);
        assertThat(manager.post("/settings/profile/elsewhere", Map.of("display_name", "Taken over")).statusCode())
                .isEqualTo(404);
        assertThat(db.store().localActors().findByUsername("elsewhere").orElseThrow().displayName()).isEqualTo("Another brand");
    }

    private static LocalActor current() {
        return db.store().localActors().find(brand.id()).orElseThrow();
    }

    /** A real PNG of the given size, as a team member would upload. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x4f46e5));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
