package no.laeringsarena.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * Whom an assignment is for, as the administrator chose on the form: one unit (and the units below it), everyone with
 * one role, a list of people by e-mail address — at most one of them — or, with none chosen, the whole organisation.
 */
public record AssignmentTarget(Kind kind, Long unitId, Role role, List<String> emails) {

    public enum Kind { ORGANISATION, UNIT, ROLE, PEOPLE }

    /** The roles a course can be assigned to: those an organisation gives its own people. */
    public static final Set<Role> ASSIGNABLE_ROLES = EnumSet.of(Role.DELTAKER, Role.KURSHOLDER, Role.LEDER,
            Role.VIRKSOMHETSADMINISTRATOR);

    /** At most this many people in one go; more than that is a unit or a role. */
    public static final int MAX_PEOPLE = 200;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    public AssignmentTarget {
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public static AssignmentTarget organisation() {
        return new AssignmentTarget(Kind.ORGANISATION, null, null, List.of());
    }

    public static AssignmentTarget unit(long unitId) {
        return new AssignmentTarget(Kind.UNIT, unitId, null, List.of());
    }

    /** What the form says, or the reasons it cannot be used (message keys; {@link Parsed#badEmails} names the bad ones). */
    public static Parsed parse(Long unitId, String roleName, String people) {
        List<String> problems = new ArrayList<>();
        Role role = null;
        if (roleName != null && !roleName.isBlank()) {
            try {
                role = Role.valueOf(roleName.trim());
            } catch (IllegalArgumentException e) {
                role = null;
            }
            if (role == null || !ASSIGNABLE_ROLES.contains(role)) {
                problems.add("reporting.assign.roleUnknown");
            }
        }
        Set<String> emails = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        if (people != null && !people.isBlank()) {
            for (String part : SEPARATORS.split(people.trim())) {
                String email = UserAccount.normaliseEmail(part);
                if (EMAIL.matcher(email).matches()) {
                    emails.add(email);
                } else {
                    bad.add(part);
                }
            }
            if (!bad.isEmpty()) {
                problems.add("reporting.assign.emailInvalid");
            }
            if (emails.size() > MAX_PEOPLE) {
                problems.add("reporting.assign.tooManyPeople");
            }
        }
        int chosen = (unitId != null ? 1 : 0) + (roleName != null && !roleName.isBlank() ? 1 : 0)
                + (people != null && !people.isBlank() ? 1 : 0);
        if (chosen > 1) {
            problems.add("reporting.assign.oneTarget");
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems, bad);
        }
        AssignmentTarget target = unitId != null ? unit(unitId)
                : role != null ? new AssignmentTarget(Kind.ROLE, null, role, List.of())
                : !emails.isEmpty() ? new AssignmentTarget(Kind.PEOPLE, null, null, List.copyOf(emails))
                : organisation();
        return new Parsed(target, List.of(), List.of());
    }

    /** A target, or the problems (message keys) and the parts of the people field that are no e-mail address. */
    public record Parsed(AssignmentTarget target, List<String> problems, List<String> badEmails) {

        public boolean ok() {
            return target != null;
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + (unitId != null ? ":" + unitId : "") + (role != null ? ":" + role : "")
                + (emails.isEmpty() ? "" : ":" + emails.size());
    }
}
