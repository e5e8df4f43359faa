package no.laeringsarena.catalog;

import java.util.List;

/** The course holder's input was refused; nothing was saved. The problems say what to fix, in message keys. */
public class AuthoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<AuthoringProblem> problems;

    public AuthoringException(List<AuthoringProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public AuthoringException(String field, String messageKey, Object... args) {
        this(List.of(AuthoringProblem.of(field, messageKey, args)));
    }

    public List<AuthoringProblem> problems() {
        return problems;
    }
}
