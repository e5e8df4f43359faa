/**
 * Who people are and what they may do: user accounts, the organisations (municipalities and county
 * municipalities) they belong to, their roles, registration, password login and login throttling.
 * Roles are checked on the server: pages by security constraints, services by {@code @RolesAllowed}.
 */
package no.laeringsarena.identity;
