package no.laeringsarena.elearning.scorm;

/** A GetValue or SetValue the data model refuses: the edition's error code and a diagnostic for GetDiagnostic. */
public class CmiException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int code;

    public CmiException(int code, String diagnostic) {
        super(diagnostic);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
