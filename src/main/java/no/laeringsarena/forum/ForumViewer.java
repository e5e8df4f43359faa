package no.laeringsarena.forum;

import java.util.Set;

/**
 * Who is looking at the forum, as far as the rules care: the account id (null for guests), whether they
 * moderate (moderator or system administrator), and the keys of the closed categories they are approved members of.
 */
public record ForumViewer(Long userId, boolean moderator, Set<String> memberOf) {

    public static final ForumViewer GUEST = new ForumViewer(null, false, Set.of());

    public ForumViewer {
        memberOf = memberOf == null ? Set.of() : Set.copyOf(memberOf);
    }

    public boolean loggedIn() {
        return userId != null;
    }
}
