package no.laeringsarena.identity;

/**
 * The roles of the platform. {@link #groupName()} is the name used in security constraints and
 * {@code @RolesAllowed}; the constants below are those names, for annotations.
 */
public enum Role {
    DELTAKER(Names.DELTAKER),
    KURSHOLDER(Names.KURSHOLDER),
    REDAKTOR(Names.REDAKTOR),
    MODERATOR(Names.MODERATOR),
    /** A leader: sees the reports of their own unit and the units below it. */
    LEDER(Names.LEDER),
    VIRKSOMHETSADMINISTRATOR(Names.VIRKSOMHETSADMINISTRATOR),
    SYSTEMADMINISTRATOR(Names.SYSTEMADMINISTRATOR);

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    /** Message-bundle key of the role's display name. */
    public String messageKey() {
        return "role." + groupName;
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final class Names {
        public static final String DELTAKER = "deltaker";
        public static final String KURSHOLDER = "kursholder";
        public static final String REDAKTOR = "redaktor";
        public static final String MODERATOR = "moderator";
        public static final String LEDER = "leder";
        public static final String VIRKSOMHETSADMINISTRATOR = "virksomhetsadministrator";
        public static final String SYSTEMADMINISTRATOR = "systemadministrator";

        private Names() {
        }
    }
}
