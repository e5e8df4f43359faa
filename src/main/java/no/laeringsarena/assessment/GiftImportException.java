package no.laeringsarena.assessment;

import java.util.List;

/** A GIFT file that could not be imported, with the problems found in it; nothing was saved. */
public class GiftImportException extends RuntimeException {

    private final List<String> problems;

    public GiftImportException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
