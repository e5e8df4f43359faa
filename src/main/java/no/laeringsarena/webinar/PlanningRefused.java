package no.laeringsarena.webinar;

import java.util.List;

/** The event planner's input or action was refused; nothing was saved. The problems say what to fix. */
public class PlanningRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanningProblem> problems;

    public PlanningRefused(List<PlanningProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public PlanningRefused(String field, String messageKey, Object... args) {
        this(List.of(PlanningProblem.of(field, messageKey, args)));
    }

    public List<PlanningProblem> problems() {
        return problems;
    }
}
