package no.laeringsarena.elearning;

import java.util.List;
import java.util.stream.Collectors;

/** An upload that could not become lessons, with every problem found; nothing of it is kept. */
public class PackageImportFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public PackageImportFailed(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::norwegian).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
