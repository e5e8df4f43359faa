package no.laeringsarena.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** A person of the organisation as the staff list shows them; {@code awaitingPassword}: invited, no password yet. */
public record StaffMember(long id, String name, String email, Long unitId, String unitPath, Set<Role> roles,
                          boolean active, OffsetDateTime lastLoginAt, boolean awaitingPassword) {
}
