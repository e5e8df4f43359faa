package no.laeringsarena.privacy;

import java.util.Locale;

/** Whether what a person typed to confirm deleting an account is that account's e-mail address. */
public final class DeletionConfirmation {

    private DeletionConfirmation() {
    }

    public static boolean confirms(String typed, String accountEmail) {
        return typed != null && accountEmail != null
                && typed.strip().toLowerCase(Locale.ROOT).equals(accountEmail.strip().toLowerCase(Locale.ROOT));
    }
}
