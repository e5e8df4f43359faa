package no.laeringsarena.reporting;

import java.util.List;

/** An assignment refused for a reason the administrator can fix (message-bundle keys); nothing was saved. */
public class AssignmentRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> messageKeys;

    public AssignmentRejected(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
