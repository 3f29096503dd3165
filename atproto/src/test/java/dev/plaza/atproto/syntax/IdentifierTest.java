package dev.plaza.atproto.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifierTest {

    @Test
    void handlesAreKeptInLowerCase() {
        assertThat(Handle.parse("XX.LCS.MIT.EDU").value()).isEqualTo("xx.lcs.mit.edu");
        assertThat(Handle.parse("Alice.Example.com")).isEqualTo(Handle.parse("alice.example.com"));
    }

    @Test
    void anAtIdentifierIsAHandleOrADid() {
        assertThat(AtIdentifier.parse("alice.example.com")).isInstanceOf(Handle.class);
        assertThat(AtIdentifier.parse("did:plc:7iza6de2dwap2sbkpav7c6c6")).isInstanceOf(Did.class);
    }

    @Test
    void didsKnowTheirMethodAndIdentifier() {
        Did did = Did.parse("did:plc:7iza6de2dwap2sbkpav7c6c6");

        assertThat(did.method()).isEqualTo("plc");
        assertThat(did.identifier()).isEqualTo("7iza6de2dwap2sbkpav7c6c6");
        assertThat(did.isPlc()).isTrue();
        assertThat(Did.parsePlc(did.value())).isEqualTo(did);
        assertThat(did.webHost()).isEmpty();
    }

    @Test
    void didPlcAndDidWebAreCheckedStrictlyWhenAsked() {
        assertThatThrownBy(() -> Did.parsePlc("did:plc:asdf123")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("24 characters");
        assertThat(Did.parseWeb("did:web:localhost%3A1234").webHost()).contains("localhost:1234");
        assertThat(Did.parseWeb("did:web:example.com").webHost()).contains("example.com");
        assertThatThrownBy(() -> Did.parseWeb("did:web:example.com:users:alice")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("path");
    }

    @Test
    void nsidsSplitIntoAuthorityAndName() {
        Nsid nsid = Nsid.parse("app.bsky.feed.post");

        assertThat(nsid.authority()).isEqualTo("feed.bsky.app");
        assertThat(nsid.name()).isEqualTo("post");
        assertThat(Nsid.parse("com.Example.fooBar").authority()).isEqualTo("example.com");
        assertThat(Nsid.parse("com.Example.fooBar").name()).isEqualTo("fooBar");
    }

    @Test
    void atUrisSplitIntoTheirPartsAndPrintBackUnchanged() {
        AtUri uri = AtUri.parse("at://did:plc:asdf123/com.atproto.feed.post/3jzfcijpj2z2a");

        assertThat(uri.authority()).isEqualTo(Did.parse("did:plc:asdf123"));
        assertThat(uri.collection()).contains(Nsid.parse("com.atproto.feed.post"));
        assertThat(uri.recordKey()).contains(RecordKey.parse("3jzfcijpj2z2a"));
        assertThat(uri).hasToString("at://did:plc:asdf123/com.atproto.feed.post/3jzfcijpj2z2a");

        AtUri account = AtUri.parse("at://user.bsky.social");
        assertThat(account.authority()).isEqualTo(Handle.parse("user.bsky.social"));
        assertThat(account.collection()).isEmpty();
        assertThat(account.recordKey()).isEmpty();
    }

    @Test
    void aRecordKeyWithoutACollectionIsNotAnAtUri() {
        assertThatThrownBy(() -> new AtUri(Handle.parse("a.test"), Optional.empty(), Optional.of(RecordKey.parse("self"))))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("needs a collection");
    }

    @Test
    void datetimesParseToTheInstantTheyName() {
        assertThat(Datetime.parse("1985-04-12T23:20:50.123-07:00").instant()).isEqualTo(Instant.parse("1985-04-13T06:20:50.123Z"));
        assertThat(Datetime.parse("1985-04-12T23:20:50.123456789012Z").instant()).isEqualTo(Instant.parse("1985-04-12T23:20:50.123456789Z"));
        assertThat(Datetime.parse("0000-01-01T00:00:00.000Z").instant()).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    }

    @Test
    void languageTagsKnowTheirPrimaryLanguage() {
        assertThat(LanguageTag.parse("pt-BR").language()).isEqualTo("pt");
        assertThat(LanguageTag.parse("ja").language()).isEqualTo("ja");
    }

    @Test
    void urisKnowTheirScheme() {
        assertThat(Uri.parse("https://example.com/path").scheme()).isEqualTo("https");
        assertThat(Uri.parse("did:key:zQ3shZc2QzApp2oymGvQbzP8eKheVshBHbU4ZYjeXqwSKEn6N").scheme()).isEqualTo("did");
    }

    @Test
    void refusalsSayWhatWasWrongAndWhere() {
        assertThatThrownBy(() -> Handle.parse("jo_hn.test")).isInstanceOf(AtprotoException.class)
                .hasMessage("\"jo_hn.test\" is not a valid handle: '_' at 2 is not allowed");
        assertThatThrownBy(() -> Nsid.parse("com.example.fooBar.2")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("name segment must start with a letter");
        assertThatThrownBy(() -> Tid.parse("3jzfcijpj2z21")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("'1' at 12");
        assertThatThrownBy(() -> AtUri.parse("at://did:plc:asdf123/com.atproto.feed.post/..")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("not a valid AT-URI").hasMessageContaining("record key");
        assertThatThrownBy(() -> Datetime.parse("1985-13-12T23:20:50.123Z")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("MonthOfYear");
        assertThatThrownBy(() -> LanguageTag.parse("de-DE-1901-1901")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("variant '1901' appears twice");
    }

    @Test
    void longInputsAreShortenedInMessages() {
        String longKey = "o".repeat(600);

        assertThatThrownBy(() -> RecordKey.parse(longKey)).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("(600 chars)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
