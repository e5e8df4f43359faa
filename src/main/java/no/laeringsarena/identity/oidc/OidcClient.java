package no.laeringsarena.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Talks to the providers with the Nimbus OAuth 2.0 / OpenID Connect SDK: discovery of each issuer's endpoints (kept
 * for an hour), the authorization request with state, nonce and a PKCE S256 challenge, the code exchange, and the ID
 * token's validation (signature against the provider's JWKS, issuer, audience, expiry, nonce), and the address of
 * the provider's end-session endpoint for logging out there too.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final Duration METADATA_LIFETIME = Duration.ofHours(1);

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant fetchedAt) {
    }

    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    /** Where to send the browser to log in. */
    public URI authorizationUri(OidcSettings settings, URI redirectUri, State state, Nonce nonce, CodeVerifier verifier) {
        OIDCProviderMetadata metadata = discover(settings).metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** The validated ID token's claims, and the token itself (kept in the session only, as logout's id_token_hint). */
    public record Redeemed(Map<String, Object> claims, String idToken) {
    }

    /**
     * Exchanges the code for tokens and returns the validated ID token's claims with the token.
     *
     * @throws OidcLoginException {@code unavailable} when the provider cannot be reached, {@code expired} for an
     *                            expired token, {@code failed} for anything else wrong
     */
    public Redeemed redeem(OidcSettings settings, URI redirectUri, AuthorizationCode code,
                                      CodeVerifier verifier, Nonce nonce) {
        Discovered provider = discover(settings);
        TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                clientAuthentication(settings, provider.metadata()),
                new AuthorizationCodeGrant(code, redirectUri, verifier));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(CONNECT_TIMEOUT_MS);
            http.setReadTimeout(READ_TIMEOUT_MS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "OIDC token endpoint of " + settings.provider() + " unreachable", e);
            throw new OidcLoginException("unavailable", e);
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "OIDC token response of " + settings.provider() + " unreadable", e);
            throw new OidcLoginException("failed", e);
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            LOG.warning("OIDC token request to " + settings.provider() + " refused: " + error.getErrorObject());
            throw new OidcLoginException("failed");
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new OidcLoginException("failed");
        }
        try {
            return new Redeemed(provider.validator().validate(idToken, nonce).toJWTClaimsSet().getClaims(),
                    idToken.serialize());
        } catch (ExpiredJWTException e) {
            throw new OidcLoginException("expired", e);
        } catch (BadJOSEException | ParseException e) {
            LOG.log(Level.WARNING, "OIDC ID token from " + settings.provider() + " refused", e);
            throw new OidcLoginException("failed", e);
        } catch (JOSEException e) {
            LOG.log(Level.WARNING, "OIDC ID token from " + settings.provider() + " could not be checked", e);
            throw new OidcLoginException("unavailable", e);
        }
    }

    /**
     * Where to send the browser to end its session at the provider (RP-initiated logout): the provider's
     * end_session_endpoint with id_token_hint, post_logout_redirect_uri and state; empty when the provider has none.
     *
     * @throws OidcLoginException {@code unavailable} when the provider's metadata cannot be fetched
     */
    public Optional<URI> endSessionUri(OidcSettings settings, String idTokenHint, URI postLogoutRedirect, State state) {
        URI endpoint = discover(settings).metadata().getEndSessionEndpointURI();
        if (endpoint == null) {
            return Optional.empty();
        }
        JWT hint = null;
        try {
            hint = idTokenHint == null ? null : JWTParser.parse(idTokenHint);
        } catch (java.text.ParseException e) {
            LOG.warning("the ID token kept for logging out of " + settings.provider() + " cannot be read; logging out without it");
        }
        return Optional.of(new LogoutRequest(endpoint, hint, postLogoutRedirect, state).toURI());
    }

    private ClientAuthentication clientAuthentication(OidcSettings settings, OIDCProviderMetadata metadata) {
        ClientID id = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        if (methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(id, secret);
        }
        return new ClientSecretBasic(id, secret);
    }

    private Discovered discover(OidcSettings settings) {
        String key = settings.provider() + " " + settings.issuer() + " " + settings.clientId();
        Discovered known = discovered.get(key);
        if (known != null && known.fetchedAt().plus(METADATA_LIFETIME).isAfter(Instant.now())) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                    CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    signingAlgorithm(metadata), metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS));
            Discovered fresh = new Discovered(metadata, validator, Instant.now());
            discovered.put(key, fresh);
            return fresh;
        } catch (GeneralException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "OIDC discovery of " + settings.provider() + " at " + settings.issuer() + " failed", e);
            throw new OidcLoginException("unavailable", e);
        }
    }

    private static JWSAlgorithm signingAlgorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
        if (algorithms == null || algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256)) {
            return JWSAlgorithm.RS256;
        }
        return algorithms.get(0);
    }
}
