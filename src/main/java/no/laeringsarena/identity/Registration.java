package no.laeringsarena.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person types to register. {@link #problems()} checks the form on its own (no database):
 * the answers are message keys. Whether the e-mail is taken or the organisation exists is checked by
 * {@link IdentityService}.
 */
public record Registration(String displayName, String email, String password, String passwordRepeated,
                           String organisasjonsnummer) {

    // Deliberately simple: one @, no spaces, a dot in the domain. The real check is that mail arrives.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            problems.add("registration.nameRequired");
        } else if (displayName.strip().length() > 200) {
            problems.add("registration.nameTooLong");
        }
        if (email == null || email.isBlank()) {
            problems.add("registration.emailRequired");
        } else if (!isEmailAddress(email)) {
            problems.add("registration.emailInvalid");
        }
        problems.addAll(PasswordPolicy.violations(password, email));
        if (password != null && !password.equals(passwordRepeated)) {
            problems.add("registration.passwordsDiffer");
        }
        if (hasOrganisationNumber() && Organisasjonsnummer.parse(organisasjonsnummer).isEmpty()) {
            problems.add("registration.orgnrInvalid");
        }
        return problems;
    }

    public boolean hasOrganisationNumber() {
        return organisasjonsnummer != null && !organisasjonsnummer.isBlank();
    }

    /** A plausible e-mail address (one @, a dotted domain, at most 254 characters); surrounding space is ignored. */
    static boolean isEmailAddress(String email) {
        return email != null && email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }
}
