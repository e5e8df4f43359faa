package no.laeringsarena.learningrecord;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What an LRS client may do, by the xAPI scope names. */
public enum LrsScope {
    STATEMENTS_READ("statements/read"),
    STATEMENTS_WRITE("statements/write"),
    ALL_READ("all/read"),
    ALL("all"),
    STATE("state"),
    PROFILE("profile");

    private final String scopeName;

    LrsScope(String scopeName) {
        this.scopeName = scopeName;
    }

    public String scopeName() {
        return scopeName;
    }

    public static Optional<LrsScope> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.scopeName.equals(name)).findFirst();
    }

    public static Set<LrsScope> parse(String names) {
        Set<LrsScope> scopes = EnumSet.noneOf(LrsScope.class);
        for (String name : names.trim().split("\\s+")) {
            if (!name.isEmpty()) {
                scopes.add(byName(name).orElseThrow(() -> new IllegalArgumentException("unknown scope " + name)));
            }
        }
        return scopes;
    }

    /** What a request needs. */
    public enum Need { READ_STATEMENTS, WRITE_STATEMENTS, READ_STATE, WRITE_STATE, READ_PROFILE, WRITE_PROFILE, READ_OTHER }

    public static boolean allows(Set<LrsScope> granted, Need need) {
        if (granted.contains(ALL)) {
            return true;
        }
        return switch (need) {
            case READ_STATEMENTS -> granted.contains(ALL_READ) || granted.contains(STATEMENTS_READ);
            case WRITE_STATEMENTS -> granted.contains(STATEMENTS_WRITE);
            case READ_STATE -> granted.contains(ALL_READ) || granted.contains(STATE);
            case WRITE_STATE -> granted.contains(STATE);
            case READ_PROFILE -> granted.contains(ALL_READ) || granted.contains(PROFILE);
            case WRITE_PROFILE -> granted.contains(PROFILE);
            case READ_OTHER -> granted.contains(ALL_READ) || granted.contains(STATEMENTS_READ)
                    || granted.contains(STATE) || granted.contains(PROFILE);
        };
    }
}
