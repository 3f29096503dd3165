package dev.plaza.atproto.jetstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a listener may ask a Jetstream for, and how it asks. */
class JetstreamFilterTest {

    private static final String ALICE = "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa";

    @Test
    void everythingFromTheLiveEndIsThePlainSubscribePath() {
        assertThat(SubscribeQuery.of(JetstreamFilter.EVERYTHING, Optional.empty(), false)).isEqualTo("/subscribe");
    }

    @Test
    void eachWantedValueIsItsOwnParameterFollowedByCursorCompressionAndSize() {
        JetstreamFilter filter = JetstreamFilter.of(List.of("app.bsky.feed.post", "app.bsky.graph.*"),
                List.of(ALICE, "did:web:brand.example")).withMaxMessageSizeBytes(65_536);

        assertThat(SubscribeQuery.of(filter, Optional.of(1_746_100_800_000_000L), true)).isEqualTo("/subscribe"
                + "?wantedCollections=app.bsky.feed.post&wantedCollections=app.bsky.graph.*"
                + "&wantedDids=did%3Aplc%3Aaaaaaaaaaaaaaaaaaaaaaaaa&wantedDids=did%3Aweb%3Abrand.example"
                + "&cursor=1746100800000000&compress=true&maxMessageSizeBytes=65536");
    }

    @Test
    void anOptionsUpdateCarriesTheWholeFilter() {
        JetstreamFilter filter = JetstreamFilter.of(List.of("app.bsky.feed.*"), List.of(ALICE));

        assertThat(filter.optionsUpdate()).isEqualTo("{\"type\":\"options_update\",\"payload\":{\"wantedCollections\":"
                + "[\"app.bsky.feed.*\"],\"wantedDids\":[\"" + ALICE + "\"]}}");
        assertThat(JetstreamFilter.EVERYTHING.withMaxMessageSizeBytes(1000).optionsUpdate()).isEqualTo(
                "{\"type\":\"options_update\",\"payload\":{\"wantedCollections\":[],\"wantedDids\":[],\"maxMessageSizeBytes\":1000}}");
    }

    @Test
    void collectionsAreNsidsOrNsidPrefixesEndingInAWildcard() {
        assertThat(JetstreamFilter.of(List.of("app.bsky.feed.post", "app.bsky.feed.*", "app.bsky.*", "com.example.thing"),
                List.of()).wantedCollections()).hasSize(4);

        for (String bad : List.of("post", "app.bsky", "app.*", "app.bsky.feed.po*", "*", "app.bsky.*.post", "app.bsky.feed.post ")) {
            assertThatThrownBy(() -> JetstreamFilter.of(List.of("app.bsky.feed.post", bad), List.of()))
                    .as(bad).isInstanceOf(AtprotoException.class)
                    .hasMessage("wantedCollections[1] \"%s\" is neither an NSID (app.bsky.feed.post) nor an NSID prefix ending "
                            + "in \".*\" (app.bsky.feed.*)", bad);
        }
    }

    @Test
    void didsMustBeDids() {
        assertThatThrownBy(() -> JetstreamFilter.of(List.of(), List.of(ALICE, "alice.test")))
                .isInstanceOf(AtprotoException.class)
                .hasMessage("wantedDids[1] \"alice.test\" is not a DID (atproto DID syntax)");
    }

    @Test
    void jetstreamTakesAHundredCollectionsAndTenThousandDidsAtMost() {
        List<String> collections = IntStream.range(0, 101).mapToObj(i -> "com.example.c" + i).toList();
        List<Did> dids = IntStream.range(0, 10_001).mapToObj(i -> Did.parse("did:web:host" + i + ".example")).toList();

        assertThat(new JetstreamFilter(collections.subList(0, 100), dids.subList(0, 10_000), Optional.empty())
                .wantedDids()).hasSize(10_000);
        assertThatThrownBy(() -> new JetstreamFilter(collections, List.of(), Optional.empty()))
                .isInstanceOf(AtprotoException.class).hasMessage("Jetstream takes at most 100 wanted collections; 101 were given");
        assertThatThrownBy(() -> new JetstreamFilter(List.of(), dids, Optional.empty()))
                .isInstanceOf(AtprotoException.class).hasMessage("Jetstream takes at most 10000 wanted DIDs; 10001 were given");
    }

    @Test
    void aMessageSizeLimitIsPositive() {
        assertThatThrownBy(() -> JetstreamFilter.EVERYTHING.withMaxMessageSizeBytes(0)).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("maxMessageSizeBytes must be positive");
    }
}
