/**
 * A person's rights over their data: "Last ned mine data" (one ZIP of JSON files with everything the platform holds
 * about the caller, streamed from the database), deleting an account (by the person or a system administrator, in
 * one transaction: personal data deleted, forum posts kept as "Tidligere bruker", certificates and xAPI statements
 * per the configured policies), and the privacy statement built from what the platform really stores and sends.
 * Exports and deletions are written to the audit log.
 */
package no.laeringsarena.privacy;
