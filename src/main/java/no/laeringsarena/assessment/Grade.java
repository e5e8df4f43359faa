package no.laeringsarena.assessment;

/**
 * The engine's verdict on one answer: the fraction of the question's points earned (0..1) and a status.
 * A pending grade (essay) earns nothing until a person grades it.
 */
public record Grade(double fraction, GradeStatus status) {

    public static final Grade UNANSWERED = new Grade(0, GradeStatus.UNANSWERED);
    public static final Grade PENDING = new Grade(0, GradeStatus.PENDING);
    public static final Grade WRONG = new Grade(0, GradeStatus.WRONG);
    public static final Grade CORRECT = new Grade(1, GradeStatus.CORRECT);

    public Grade {
        if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1: " + fraction);
        }
    }

    /** A fraction of credit, clamped to 0..1, with the status that fits it. */
    public static Grade of(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        if (clamped >= 1 - 1e-9) {
            return CORRECT;
        }
        return clamped <= 1e-9 ? WRONG : new Grade(clamped, GradeStatus.PARTIAL);
    }

    public double points(double maxPoints) {
        return fraction * maxPoints;
    }

    public boolean correct() {
        return status == GradeStatus.CORRECT;
    }
}
