package dev.plaza.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActorClaimsTest {

    @Test
    void anActorClaimsItsAliasesAndTheWebsitesInItsFieldsUnproven() {
        Actor actor = AsParser.withDefaults().parse("""
                {"@context": ["https://www.w3.org/ns/activitystreams", {"schema": "http://schema.org#",
                  "PropertyValue": "schema:PropertyValue", "value": "schema:value"}],
                 "id": "https://social.example/users/ana", "type": "Person", "preferredUsername": "ana",
                 "inbox": "https://social.example/users/ana/inbox",
                 "alsoKnownAs": ["https://old.example/users/ana"],
                 "attachment": [
                   {"type": "PropertyValue", "name": "Blog",
                    "value": "<a href=\\"https://Ana.Example/blog?lang=en&amp;x=1\\" rel=\\"me\\">ana.example</a>"},
                   {"type": "PropertyValue", "name": "Script", "value": "<a href=\\"javascript:alert(1)\\">no</a>"},
                   {"type": "PropertyValue", "name": "Pronouns", "value": "she/her"}]}
                """.getBytes(StandardCharsets.UTF_8), Actor.class);

        assertThat(ActorClaims.of(actor)).containsExactly(
                ProfileClaim.of(ClaimKind.ALSO_KNOWN_AS, "https://old.example/users/ana", false),
                ProfileClaim.of(ClaimKind.WEBSITE, "https://ana.example/blog?lang=en&x=1", false));
    }
}
