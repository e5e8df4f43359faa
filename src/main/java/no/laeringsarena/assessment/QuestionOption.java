package no.laeringsarena.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One option of a question (an alternative, an item to order, or the left side of a pair), with the feedback shown
 * for it in the review. Whether it is right lives only in the question's answer key, never here.
 */
@Embeddable
public class QuestionOption {

    @Column(name = "option_key", nullable = false, length = 20)
    private String optionKey;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String feedback;

    protected QuestionOption() {
    }

    public QuestionOption(String optionKey, String text, String feedback) {
        this.optionKey = optionKey;
        this.text = text;
        this.feedback = feedback == null ? "" : feedback;
    }

    public String getOptionKey() {
        return optionKey;
    }

    public String getText() {
        return text;
    }

    public String getFeedback() {
        return feedback;
    }
}
