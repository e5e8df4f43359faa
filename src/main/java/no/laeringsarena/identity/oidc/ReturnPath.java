package no.laeringsarena.identity.oidc;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to go after logging in: only a path on this site (relative to the application), never another site, so
 * the login cannot be used as an open redirect.
 */
public final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9\\-._~/%]*(\\?[A-Za-z0-9\\-._~%&=+,;:@/]*)?");

    private ReturnPath() {
    }

    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.length() > 500 || !SAFE.matcher(candidate).matches()
                || candidate.startsWith("//") || candidate.contains("/..") || candidate.toLowerCase().contains("%2f")
                || candidate.toLowerCase().contains("%5c") || candidate.startsWith("/oidc/")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
