package no.laeringsarena.learningrecord;

import java.util.Optional;

/**
 * A source of short-lived LRS credentials besides the LRS clients (implemented by {@code elearning} for cmi5 auth
 * tokens). The xAPI request filter asks each one when HTTP Basic credentials are not those of an LRS client.
 */
public interface LrsSessionAuthenticator {

    /** The grant for these credentials, if they are a live session credential of this source. */
    Optional<LrsSessionGrant> authenticate(String key, String secret);
}
