package no.laeringsarena.forum;

import java.util.Locale;
import java.util.Set;

/**
 * Where a project idea stands: reported (innmeldt), being assessed (vurderes), prioritised (prioritert) or
 * declined (avslått). Moderators move an idea along {@link #canMoveTo}; every move carries a reason that is shown.
 */
public enum IdeaStatus {
    INNMELDT, VURDERES, PRIORITERT, AVSLATT;

    /**
     * The allowed moves: an idea is assessed before it is prioritised; it can be declined when reported or while
     * assessed; a prioritised or declined idea can be taken back for assessment. Staying put is no move.
     */
    public boolean canMoveTo(IdeaStatus next) {
        return next != null && next != this && nextSteps().contains(next);
    }

    public Set<IdeaStatus> nextSteps() {
        return switch (this) {
            case INNMELDT -> Set.of(VURDERES, AVSLATT);
            case VURDERES -> Set.of(PRIORITERT, AVSLATT);
            case PRIORITERT, AVSLATT -> Set.of(VURDERES);
        };
    }

    public String messageKey() {
        return "forum.idea.status." + name().toLowerCase(Locale.ROOT);
    }
}
