package no.laeringsarena.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy: at least 10 characters, at most 128, not just one repeated character,
 * and not the e-mail address. Length over composition rules, as NIST SP 800-63B advises.
 * Returns message keys, so pages can say what is wrong in the user's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static List<String> violations(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (password.chars().distinct().count() == 1) {
            problems.add("password.repeated");
        }
        if (email != null && password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
            problems.add("password.sameAsEmail");
        }
        return problems;
    }
}
