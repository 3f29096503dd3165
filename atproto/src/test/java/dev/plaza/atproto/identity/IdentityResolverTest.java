package dev.plaza.atproto.identity;

import static dev.plaza.atproto.identity.IdentityFixture.plc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.identity.IdentityException.Reason;
import dev.plaza.atproto.syntax.AtIdentifier;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bidirectional handle verification, and what the resolver remembers and forgets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityResolverTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private IdentityResolver resolver;

    @BeforeEach
    void freshResolver() {
        fixture.reset();
        resolver = fixture.resolver();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void aDidWhoseClaimedHandleResolvesBackHasThatHandle() {
        fixture.plcDocument(plc("alice"), Optional.of("alice.test"));
        fixture.txt("alice.test", plc("alice"));

        VerifiedIdentity alice = resolver.verifiedIdentity(Did.parse(plc("alice")));

        assertThat(alice.did()).isEqualTo(Did.parse(plc("alice")));
        assertThat(alice.handle()).isEqualTo(Handle.parse("alice.test"));
        assertThat(alice.handleVerified()).isTrue();
        assertThat(alice.document().pds()).isPresent();
    }

    @Test
    void aHandleGivesTheSameIdentityAsItsDid() {
        fixture.plcDocument(plc("bob"), Optional.of("bob.test"));
        fixture.wellKnown("bob.test", plc("bob"));

        VerifiedIdentity byHandle = resolver.verifiedIdentity(AtIdentifier.parse("bob.test"));

        assertThat(byHandle).isEqualTo(resolver.verifiedIdentity(AtIdentifier.parse(plc("bob"))));
        assertThat(byHandle.handle().value()).isEqualTo("bob.test");
        assertThat(fixture.web.hits(fixture.wellKnownPath("bob.test"))).as("the handle is resolved once").isEqualTo(1);
    }

    @Test
    void theClaimedHandleMatchesWhateverItsCase() {
        fixture.plcDocument(plc("carol"), Optional.of("Carol.Test"));
        fixture.txt("carol.test", plc("carol"));

        assertThat(resolver.verifiedIdentity(AtIdentifier.parse("CAROL.test")).handle().value()).isEqualTo("carol.test");
    }

    @Test
    void aClaimedHandleThatNamesAnotherDidIsInvalid() {
        fixture.plcDocument(plc("mallory"), Optional.of("dave.test"));
        fixture.plcDocument(plc("dave"), Optional.of("dave.test"));
        fixture.txt("dave.test", plc("dave"));

        VerifiedIdentity mallory = resolver.verifiedIdentity(Did.parse(plc("mallory")));

        assertThat(mallory.handle()).isEqualTo(VerifiedIdentity.INVALID_HANDLE);
        assertThat(mallory.handle().value()).isEqualTo("handle.invalid");
        assertThat(mallory.handleVerified()).isFalse();
        assertThat(resolver.verifiedIdentity(Did.parse(plc("dave"))).handleVerified()).isTrue();
    }

    @Test
    void aDocumentWithoutAHandleOrWithAnUnresolvableOneIsInvalid() {
        fixture.plcDocument(plc("erin"), Optional.empty());
        fixture.plcDocument(plc("frank"), Optional.of("frank.test"));

        assertThat(resolver.verifiedIdentity(Did.parse(plc("erin"))).handle()).isEqualTo(VerifiedIdentity.INVALID_HANDLE);
        assertThat(resolver.verifiedIdentity(Did.parse(plc("frank"))).handle()).isEqualTo(VerifiedIdentity.INVALID_HANDLE);
    }

    @Test
    void aHandleWhoseDidClaimsAnotherHandleShowsTheClaimedOneOnlyIfItVerifies() {
        fixture.txt("old.test", plc("grace"));
        fixture.plcDocument(plc("grace"), Optional.of("grace.test"));

        assertThat(resolver.verifiedIdentity(AtIdentifier.parse("old.test")).handle()).isEqualTo(VerifiedIdentity.INVALID_HANDLE);

        fixture.txt("grace.test", plc("grace"));
        resolver.invalidate(Handle.parse("grace.test"));
        assertThat(resolver.verifiedIdentity(AtIdentifier.parse("old.test")).handle().value()).isEqualTo("grace.test");
    }

    @Test
    void aHandleThatDoesNotResolveHasNoIdentity() {
        assertThatThrownBy(() -> resolver.verifiedIdentity(AtIdentifier.parse("nobody.test")))
                .isInstanceOfSatisfying(IdentityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageStartingWith("nobody.test has no _atproto TXT record and ");
    }

    @Test
    void answersAreReusedUntilThePositiveTtlRunsOut() {
        fixture.plcDocument(plc("heidi"), Optional.of("heidi.test"));
        fixture.txt("heidi.test", plc("heidi"));

        resolver.verifiedIdentity(Did.parse(plc("heidi")));
        fixture.clock.advance(Duration.ofMinutes(59));
        resolver.verifiedIdentity(Did.parse(plc("heidi")));
        assertThat(fixture.web.hits("/" + plc("heidi"))).isEqualTo(1);
        assertThat(fixture.dns.queries("_atproto.heidi.test")).isEqualTo(1);

        fixture.clock.advance(Duration.ofMinutes(1));
        resolver.verifiedIdentity(Did.parse(plc("heidi")));
        assertThat(fixture.web.hits("/" + plc("heidi"))).isEqualTo(2);
        assertThat(fixture.dns.queries("_atproto.heidi.test")).isEqualTo(2);
    }

    @Test
    void failuresAreRememberedForTheNegativeTtl() {
        Did ivan = Did.parse(plc("ivan"));
        assertThatThrownBy(() -> resolver.resolveDid(ivan)).isInstanceOf(IdentityException.class);
        fixture.plcDocument(plc("ivan"), Optional.of("ivan.test"));

        fixture.clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> resolver.resolveDid(ivan))
                .isInstanceOfSatisfying(IdentityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThat(fixture.web.hits("/" + plc("ivan"))).isEqualTo(1);

        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(resolver.resolveDid(ivan).did()).isEqualTo(ivan);
        assertThat(fixture.web.hits("/" + plc("ivan"))).isEqualTo(2);
    }

    @Test
    void invalidatingADidForgetsItsDocumentAndTheHandlesThatNamedIt() {
        fixture.plcDocument(plc("judy"), Optional.of("judy.test"));
        fixture.txt("judy.test", plc("judy"));
        assertThat(resolver.verifiedIdentity(Did.parse(plc("judy"))).handle().value()).isEqualTo("judy.test");

        fixture.reset();
        fixture.plcDocument(plc("judy"), Optional.of("judy.test"));
        fixture.txt("judy.test", plc("other"));
        assertThat(resolver.verifiedIdentity(Did.parse(plc("judy"))).handleVerified()).as("still cached").isTrue();

        resolver.invalidate(Did.parse(plc("judy")));

        assertThat(resolver.verifiedIdentity(Did.parse(plc("judy"))).handleVerified()).isFalse();
        assertThat(fixture.web.hits("/" + plc("judy"))).isEqualTo(1);
        assertThat(fixture.dns.queries("_atproto.judy.test")).isEqualTo(1);
    }

    @Test
    void invalidatingAHandleForgetsThatItDidNotResolve() {
        Handle karl = Handle.parse("karl.test");
        assertThatThrownBy(() -> resolver.resolveHandle(karl)).isInstanceOf(IdentityException.class);
        fixture.txt("karl.test", plc("karl"));

        resolver.invalidate(karl);

        assertThat(resolver.resolveHandle(karl)).isEqualTo(Did.parse(plc("karl")));
    }

    @Test
    void concurrentLookupsOfOneDidShareOneRequest() throws InterruptedException {
        fixture.plcDocument(plc("lena"), Optional.of("lena.test"));
        fixture.web.hold();
        ConcurrentLinkedQueue<DidDocument> documents = new ConcurrentLinkedQueue<>();
        List<Thread> callers = IntStream.range(0, 8)
                .mapToObj(i -> Thread.ofPlatform().start(() -> documents.add(resolver.resolveDid(Did.parse(plc("lena"))))))
                .toList();

        Waiting.until(() -> fixture.web.hits("/" + plc("lena")) == 1
                && callers.stream().filter(t -> t.getState() == Thread.State.WAITING).count() >= callers.size() - 1);
        fixture.web.release();
        for (Thread caller : callers) {
            caller.join(10_000);
        }

        assertThat(documents).hasSize(8).allSatisfy(d -> assertThat(d.did()).isEqualTo(Did.parse(plc("lena"))));
        assertThat(fixture.web.hits("/" + plc("lena"))).isEqualTo(1);
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedEntries() {
        IdentityResolver small = fixture.resolver(fixture.settings().withCacheSize(2));
        for (String name : new String[] {"mia", "nick", "olga"}) {
            fixture.plcDocument(plc(name), Optional.empty());
        }

        small.resolveDid(Did.parse(plc("mia")));
        small.resolveDid(Did.parse(plc("nick")));
        small.resolveDid(Did.parse(plc("mia")));
        small.resolveDid(Did.parse(plc("olga")));
        small.resolveDid(Did.parse(plc("mia")));
        small.resolveDid(Did.parse(plc("nick")));

        assertThat(fixture.web.hits("/" + plc("mia"))).isEqualTo(1);
        assertThat(fixture.web.hits("/" + plc("nick"))).as("dropped for olga, the least recently used").isEqualTo(2);
    }
}
