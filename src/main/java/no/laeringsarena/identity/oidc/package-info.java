/**
 * Login through OpenID Connect providers (ID-porten, Feide, one generic provider such as Entra ID): their
 * configuration, the authorization-code flow with state, nonce and PKCE, ID token validation, and which provider
 * subject belongs to which account. A national identity number from a provider's claims is never stored: only
 * {@link no.laeringsarena.identity.oidc.OidcClaims} reads claims, and what it hands on holds none.
 */
package no.laeringsarena.identity.oidc;
