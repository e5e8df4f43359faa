package no.laeringsarena.reporting;

import java.util.List;

/**
 * An assignment refused for reasons the administrator can fix; nothing was saved. Each reason is a message-bundle key,
 * or a key and its one argument as {@code key:argument}.
 */
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
