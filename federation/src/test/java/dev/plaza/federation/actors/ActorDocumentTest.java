package dev.plaza.federation.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.store.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The profile in the actor document: fields as PropertyValues, the avatar as icon, the header as image. */
class ActorDocumentTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static final ActorUris URIS = ActorUris.of("https://plaza.example");
    static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 32);
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    static LocalActor brand;

    @BeforeAll
    static void provision() {
        brand = new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(), "brand",
                ActorKind.ORGANIZATION, "Fernhill", "");
    }

    @Test
    void fieldsBecomePropertyValuesWithSafeHtmlValues() {
        LocalActor profiled = brand.withProfile(new ProfileEdit("Fernhill Bikes", "Bikes for <all>", List.of(
                new ProfileField("Website", "https://fernhill.example"), new ProfileField("Hours <b>", "9–5 & weekends"))));

        JsonNode doc = new ActorDocument(URIS).render(profiled);

        assertThat(doc.path("name").asText()).isEqualTo("Fernhill Bikes");
        assertThat(doc.path("summary").asText()).isEqualTo("<p>Bikes for &lt;all&gt;</p>");
        JsonNode fields = doc.path("attachment");
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).path("type").asText()).isEqualTo("PropertyValue");
        assertThat(fields.get(0).path("name").asText()).isEqualTo("Website");
        assertThat(fields.get(0).path("value").asText()).isEqualTo("<a href=\"https://fernhill.example\""
                + " rel=\"me nofollow noopener noreferrer\" target=\"_blank\">fernhill.example</a>");
        assertThat(fields.get(1).path("name").asText()).isEqualTo("Hours <b>");
        assertThat(fields.get(1).path("value").asText()).isEqualTo("9–5 &amp; weekends");
        assertThat(doc.path("@context").toString()).contains("\"PropertyValue\":\"schema:PropertyValue\"")
                .contains("\"value\":\"schema:value\"");
    }

    @Test
    void theAvatarIsTheIconAndTheHeaderTheImageAtVersionedUrls() {
        ActorImage avatar = ActorImage.of(ImageSlot.AVATAR, PNG);
        ActorImage header = ActorImage.of(ImageSlot.HEADER, JPEG);
        LocalActor pictured = brand.withImage(ImageSlot.AVATAR, Optional.of(avatar.image()))
                .withImage(ImageSlot.HEADER, Optional.of(header.image()));

        JsonNode doc = new ActorDocument(URIS).render(pictured);

        assertThat(doc.path("icon").path("type").asText()).isEqualTo("Image");
        assertThat(doc.path("icon").path("mediaType").asText()).isEqualTo("image/png");
        assertThat(doc.path("icon").path("url").asText())
                .isEqualTo("https://plaza.example/media/actors/brand/avatar?v=" + avatar.image().digest().substring(0, 16));
        assertThat(doc.path("image").path("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(doc.path("image").path("url").asText())
                .isEqualTo("https://plaza.example/media/actors/brand/header?v=" + header.image().version());
        Actor parsed = AsParser.withDefaults().parse(doc.toString().getBytes(StandardCharsets.UTF_8), Actor.class);
        assertThat(parsed.icon()).contains(doc.path("icon").path("url").asText());
        assertThat(parsed.image()).contains(doc.path("image").path("url").asText());
    }

    @Test
    void anActorWithoutAProfileHasNoIconNoImageAndNoFields() {
        JsonNode doc = new ActorDocument(URIS).render(brand);

        assertThat(doc.has("icon")).isFalse();
        assertThat(doc.has("image")).isFalse();
        assertThat(doc.path("attachment")).isEmpty();
        assertThat(doc.path("summary").asText()).isEmpty();
    }

    @Test
    void plazasParserReadsTheFieldsBack() {
        LocalActor profiled = brand.withProfile(new ProfileEdit("Fernhill", "", List.of(
                new ProfileField("Website", "https://fernhill.example"))));

        Actor parsed = AsParser.withDefaults().parse(new ActorDocument(URIS).render(profiled).toString()
                .getBytes(StandardCharsets.UTF_8), Actor.class);

        assertThat(parsed.fields()).singleElement().satisfies(field -> {
            assertThat(field.name()).isEqualTo("Website");
            assertThat(field.value()).contains("href=\"https://fernhill.example\"").contains(">fernhill.example</a>");
        });
    }
}
