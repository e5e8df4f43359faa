package no.laeringsarena.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A question drawn for an attempt, at its place in the attempt, with the order its options are shown in. */
@Embeddable
public class DrawnQuestion {

    @Column(name = "question_key", nullable = false, length = 100)
    private String questionKey;

    @Column(name = "option_order", nullable = false)
    private String optionOrder;

    protected DrawnQuestion() {
    }

    public DrawnQuestion(String questionKey, List<String> optionOrder) {
        this.questionKey = questionKey;
        this.optionOrder = String.join(",", optionOrder);
    }

    public String getQuestionKey() {
        return questionKey;
    }

    /** Option keys in the order shown; empty when the question has no options. */
    public List<String> getOptionOrder() {
        return optionOrder.isEmpty() ? List.of() : Arrays.asList(optionOrder.split(","));
    }
}
