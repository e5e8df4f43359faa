package no.laeringsarena.learningrecord;

import java.util.UUID;

/**
 * What a short-lived LRS credential handed to launched content (a cmi5 AU's auth token) may do: write statements and
 * state for one learner in one registration, and read that learner's agent profile. Checked by the xAPI resources.
 *
 * @param clientKey the credential's key (what the statements' authority and logs name)
 * @param actorKey  the learner's agent as {@link no.laeringsarena.learningrecord.xapi.Agents#key} gives it
 */
public record LrsSessionGrant(String clientKey, String actorKey, UUID registration) {
}
