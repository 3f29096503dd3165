package dev.plaza.demo;

import dev.plaza.core.ingest.CommunityRef;
import java.util.Optional;

/**
 * Something an account made, as its platform names it. {@code place} is what later replies on the
 * same platform need to know (a forum topic's slug and id, a Slack channel and thread).
 */
record Post(String uri, Optional<String> url, Optional<CommunityRef> community, String place, Account author) {
}
