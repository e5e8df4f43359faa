package no.laeringsarena.elearning.scorm;

import java.util.List;

/** The manifest cannot be played; {@link #problems()} lists every problem found, not just the first. */
public class InvalidManifestException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<ManifestProblem> problems;

    public InvalidManifestException(List<ManifestProblem> problems) {
        super("invalid imsmanifest.xml: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ManifestProblem> problems() {
        return problems;
    }
}
