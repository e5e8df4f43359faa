package no.laeringsarena.identity.oidc;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.laeringsarena.identity.Organisasjonsnummer;

/**
 * Turns a validated ID token's claims into an {@link OidcIdentity}, and is the only place that reads them. It never
 * passes on a national identity number: ID-porten's {@code pid} is not read as such, and any value shaped like a
 * fødselsnummer or D-nummer (11 digits, maybe split 6 + 5) is dropped wherever it appears. A subject of that shape,
 * or a provider that gives only {@code pid}, yields an HMAC of it under the server's subject key instead.
 */
public final class OidcClaims {

    /** 11 digits (6 + 5, maybe with a space or dot between), not part of a longer run of digits. */
    private static final Pattern FNR_SHAPED = Pattern.compile("(?<![0-9])[0-9]{6}[ .]?[0-9]{5}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");
    private static final int MAX_SUBJECT = 255;

    private final byte[] subjectKey;

    /** @param subjectKey the server's key for pseudonymous subjects; may be null when none is configured */
    public OidcClaims(byte[] subjectKey) {
        this.subjectKey = subjectKey == null || subjectKey.length == 0 ? null : subjectKey.clone();
    }

    /** Whether a text holds something shaped like a national identity number anywhere in it. */
    public static boolean containsFnrShaped(String value) {
        return value != null && FNR_SHAPED.matcher(value).find();
    }

    /**
     * The identity to keep.
     *
     * @throws OidcLoginException (code {@code claims}) when the claims carry no usable subject
     */
    public OidcIdentity identity(OidcProvider provider, Map<String, Object> claims) {
        return new OidcIdentity(provider, subject(provider, claims), email(claims), name(claims), orgnr(claims));
    }

    private String subject(OidcProvider provider, Map<String, Object> claims) {
        String sub = text(claims, "sub");
        if (sub != null && !sub.isBlank() && !containsFnrShaped(sub) && sub.length() <= MAX_SUBJECT) {
            return sub;
        }
        // no usable pseudonymous subject: key it on whatever identifies the person, never keeping the value itself
        String basis = sub != null && !sub.isBlank() ? sub : text(claims, "pid");
        if (basis == null || basis.isBlank() || subjectKey == null) {
            throw new OidcLoginException("claims");
        }
        return "hmac:" + hmac(provider.key() + ":" + basis.strip());
    }

    private Optional<String> email(Map<String, Object> claims) {
        if (Boolean.FALSE.equals(claims.get("email_verified"))) {
            return Optional.empty();
        }
        String email = text(claims, "email");
        if (email == null || containsFnrShaped(email) || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(email.strip());
    }

    private Optional<String> name(Map<String, Object> claims) {
        String name = text(claims, "name");
        if (name == null || name.isBlank()) {
            String given = text(claims, "given_name");
            String family = text(claims, "family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        if (name.isBlank() || containsFnrShaped(name)) {
            return Optional.empty();
        }
        name = name.strip();
        return Optional.of(name.length() > 200 ? name.substring(0, 200) : name);
    }

    private Optional<String> orgnr(Map<String, Object> claims) {
        for (String claim : new String[] {"orgno", "orgnr", "organization_number"}) {
            String value = text(claims, claim);
            Optional<Organisasjonsnummer> orgnr = Organisasjonsnummer.parse(value);
            if (orgnr.isPresent()) {
                return Optional.of(orgnr.get().value());
            }
        }
        return Optional.empty();
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value instanceof String s ? s : null;
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subjectKey, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
