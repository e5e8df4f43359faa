package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * A signed statement (xAPI Data 2.6): the signature attachment is a compact JWS using RS256, RS384 or RS512 whose
 * payload is the statement as it was before the signature was added. The LRS checks that the payload is logically the
 * same statement as the one received and, when the JWS header carries an X.509 certificate (x5c), that the
 * signature verifies with that certificate's key. Anything else is refused with 400.
 */
public final class StatementSignature {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private StatementSignature() {
    }

    public static void verify(JsonObject statement, byte[] signature, String prefix) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(signature, StandardCharsets.US_ASCII).trim());
        } catch (ParseException e) {
            throw bad(prefix, "the signature is not a JWS in compact serialisation (" + e.getMessage() + ")");
        }
        if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
            throw bad(prefix, "the signature must use RS256, RS384 or RS512, not " + jws.getHeader().getAlgorithm());
        }
        JsonObject payload;
        try {
            payload = StatementQuery.parseObject(jws.getPayload().toString(), "the signature's payload");
        } catch (XapiException e) {
            throw bad(prefix, e.getMessage());
        }
        List<Base64> chain = jws.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty()) {
            X509Certificate certificate = X509CertUtils.parse(chain.get(0).decode());
            if (certificate == null || !(certificate.getPublicKey() instanceof RSAPublicKey key)) {
                throw bad(prefix, "the signature's x5c certificate is not an RSA certificate");
            }
            try {
                if (!jws.verify(new RSASSAVerifier(key))) {
                    throw bad(prefix, "the signature does not verify with the key of its x5c certificate");
                }
            } catch (JOSEException e) {
                throw bad(prefix, "the signature could not be verified: " + e.getMessage());
            }
        }
        if (!StatementComparison.same(withoutSignatures(payload), withoutSignatures(statement))) {
            throw bad(prefix, "the signed statement (the JWS payload) differs from the statement received");
        }
    }

    /** The statement without its signature attachments (and without "attachments" if nothing else is left). */
    static JsonObject withoutSignatures(JsonObject statement) {
        if (!(statement.get("attachments") instanceof jakarta.json.JsonArray attachments)) {
            return statement;
        }
        JsonArrayBuilder kept = JSON.createArrayBuilder();
        int count = 0;
        for (JsonValue attachment : attachments) {
            if (!(attachment instanceof JsonObject a)
                    || !StatementAttachments.SIGNATURE_USAGE.equals(a.getString("usageType", ""))) {
                kept.add(attachment);
                count++;
            }
        }
        JsonObjectBuilder out = JSON.createObjectBuilder(statement).remove("attachments");
        if (count > 0) {
            out.add("attachments", kept);
        }
        return out.build();
    }

    private static XapiException bad(String prefix, String message) {
        return XapiException.badRequest(prefix + message);
    }
}
