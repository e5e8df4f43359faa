package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static Registration form(String name, String email, String pw, String pw2, String orgnr) {
        return new Registration(name, email, pw, pw2, orgnr);
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertEquals(List.of(), form("Nora", "nora@bergen.kommune.no", "et langt passord", "et langt passord",
                "974 760 673").problems());
        assertEquals(List.of(), form("Nora", "nora@bergen.kommune.no", "et langt passord", "et langt passord",
                "").problems(), "organisation number is optional");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<String> problems = form(" ", "ikke-en-epost", "kort", "annet", "12345").problems();
        assertTrue(problems.containsAll(List.of("registration.nameRequired", "registration.emailInvalid",
                "password.tooShort", "registration.passwordsDiffer", "registration.orgnrInvalid")), problems.toString());
    }

    @Test
    void passwordPolicyRefusesRepeatsAndTheEmailItself() {
        assertTrue(PasswordPolicy.violations("aaaaaaaaaaaa", "x@k.no").contains("password.repeated"));
        assertTrue(PasswordPolicy.violations("Nora@Kommune.no", "nora@kommune.no").contains("password.sameAsEmail"));
        assertTrue(PasswordPolicy.violations("x".repeat(129) + "y", "x@k.no").contains("password.tooLong"));
    }
}
