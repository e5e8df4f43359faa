package no.laeringsarena.identity;

import java.util.Optional;

/**
 * A Norwegian organisation number from Enhetsregisteret: nine digits whose last digit is a modulus 11 check
 * digit with weights 3 2 7 6 5 4 3 2. Spaces are allowed in input ("974 760 673") and dropped.
 */
public record Organisasjonsnummer(String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public Organisasjonsnummer {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid organisation number: " + value);
        }
    }

    /** The number in its canonical nine-digit form, or empty if the input is not a valid organisation number. */
    public static Optional<Organisasjonsnummer> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replace(" ", "").replace("\u00a0", "");
        return isValid(digits) ? Optional.of(new Organisasjonsnummer(digits)) : Optional.empty();
    }

    static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
