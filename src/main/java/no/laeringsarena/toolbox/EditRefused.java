package no.laeringsarena.toolbox;

import java.util.List;

/** An edit that was not saved, with what to fix (nothing of it was saved). */
public class EditRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ToolboxDraft.Problem> problems;

    public EditRefused(List<ToolboxDraft.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ToolboxDraft.Problem> problems() {
        return problems;
    }
}
