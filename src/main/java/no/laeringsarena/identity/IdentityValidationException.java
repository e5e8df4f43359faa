package no.laeringsarena.identity;

import java.util.List;

/**
 * Input that identity refuses, with message-bundle keys that say why (one per problem), so a page or an API
 * can show them in the user's language. Nothing has been saved when this is thrown.
 */
public class IdentityValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> messageKeys;

    public IdentityValidationException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public IdentityValidationException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
