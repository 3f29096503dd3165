package dev.plaza.atproto.identity;

import dev.plaza.atproto.syntax.Did;

/** What one way of resolving a handle (DNS or HTTPS) said. */
sealed interface HandleAnswer {

    String description();

    /** A DID, and where it came from ("its _atproto TXT record", the well-known URL). */
    record Found(Did did, String source) implements HandleAnswer {
        @Override
        public String description() {
            return "%s says %s".formatted(source, did);
        }
    }

    /** This way has no answer for the handle: no TXT record, a 404, a page that is not a DID. */
    record Absent(String description) implements HandleAnswer {
    }

    /** An answer atproto refuses, which makes the whole handle unresolvable (several did= records, a malformed DID). */
    record Refused(String description) implements HandleAnswer {
    }

    /** The lookup did not complete: it may answer later. */
    record Failed(String description) implements HandleAnswer {
    }
}
