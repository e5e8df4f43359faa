package no.laeringsarena.elearning;

/** An uploaded package that is refused: the problem, and the entry name or limit it is about. */
public class PackageRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final PackageProblem problem;
    private final String detail;

    public PackageRejected(PackageProblem problem, String detail) {
        super(problem.norwegian(detail));
        this.problem = problem;
        this.detail = detail;
    }

    public PackageRejected(PackageProblem problem, String detail, Throwable cause) {
        super(problem.norwegian(detail), cause);
        this.problem = problem;
        this.detail = detail;
    }

    public PackageProblem problem() {
        return problem;
    }

    /** The entry name or the limit the message names (may be null). */
    public String detail() {
        return detail;
    }
}
