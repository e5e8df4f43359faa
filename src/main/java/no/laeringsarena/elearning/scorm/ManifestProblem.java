package no.laeringsarena.elearning.scorm;

import java.util.List;

/**
 * One thing wrong with a package's {@code imsmanifest.xml}: a message-bundle key ({@code scorm.manifest.*}) and its
 * arguments (identifiers, paths, line numbers), so the course holder reads it in her own language.
 */
public record ManifestProblem(String messageKey, List<String> args) {

    public ManifestProblem {
        args = List.copyOf(args);
    }

    static ManifestProblem of(String code, Object... args) {
        return new ManifestProblem("scorm.manifest." + code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** For logs and tests: the key and its arguments. */
    @Override
    public String toString() {
        return messageKey + args;
    }
}
