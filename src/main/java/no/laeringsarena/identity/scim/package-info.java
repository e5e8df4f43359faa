/**
 * SCIM 2.0 provisioning (RFC 7643/7644): an organisation's own system (Entra ID, an HR system) keeps the
 * organisation's people (Users) and units (Groups) in sync through bearer tokens the organisation administrator
 * issues. Owns the tokens, the filter and PATCH rules, and the mapping onto {@code identity}'s accounts and units;
 * the rules about people and units themselves stay in {@link no.laeringsarena.identity.OrganisationStaff}.
 */
package no.laeringsarena.identity.scim;
