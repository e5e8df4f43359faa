package no.laeringsarena.elearning;

/**
 * One thing wrong with an uploaded package, as the course holder is told: a message key (with the detail as {0})
 * and the bokmål text for logs and API answers.
 */
public record ImportProblem(String messageKey, String detail, String norwegian) {

    public static ImportProblem of(PackageRejected rejected) {
        return new ImportProblem(rejected.problem().messageKey(), rejected.detail(), rejected.getMessage());
    }

    public static ImportProblem of(Cmi5Rule rule, String detail) {
        return new ImportProblem(rule.messageKey(), detail, rule.norwegian(detail));
    }
}
