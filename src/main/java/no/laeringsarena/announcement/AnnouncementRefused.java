package no.laeringsarena.announcement;

import java.util.List;

/** The announcement was refused; nothing was saved. The problems say what to fix. */
public class AnnouncementRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<AnnouncementProblem> problems;

    public AnnouncementRefused(List<AnnouncementProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<AnnouncementProblem> problems() {
        return problems;
    }
}
