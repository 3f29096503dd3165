package dev.plaza.web.api;

import java.util.List;

/** A found person with their identities and how closely the search matched them (0 to 1). */
record PersonHitJson(PersonJson person, List<IdentityJson> identities, float score) {
}
