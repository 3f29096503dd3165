package dev.plaza.demo;

import dev.plaza.core.community.Goal;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.people.LinkEvidence;
import java.util.List;
import java.util.Optional;

/** Fernhill Bikes, the invented brand of the demo: a maker of city bikes, and its shared goal. */
final class DemoBrand {

    static final String NAME = "Fernhill Bikes";
    static final String DID = "did:plc:fhbikes2demo4city7cycles";
    static final String WALLET = "0xfe4411" + "0".repeat(28) + "b1ce50";
    static final Optional<PersonHint> HINT = Optional.of(
            new PersonHint("fernhill-bikes", new LinkEvidence("the brand's own accounts", 1.0)));

    private DemoBrand() {
    }

    static Goal goal(long workspaceId) {
        return new Goal(workspaceId,
                "Make everyday city cycling safe and joyful: for commuters, parents on the school run, couriers "
                        + "and everyone who rides in town.",
                List.of("city cycling", "bike lane", "commute", "cargo bike", "e-bike", "bike parking", "safe routes",
                        "group ride", "Fernhill", "Courier E"),
                List.of("#citycycling", "#bikecommute", "#cargobike", "#bikelanes"),
                List.of("en", "de", "fr", "es", "nl"),
                List.of("airdrop", "token presale", "giveaway"));
    }
}
