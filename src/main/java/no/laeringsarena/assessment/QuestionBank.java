package no.laeringsarena.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.catalog.Course;

/**
 * A course's question bank (spørsmålsbank): tagged questions that every test of the course naming the bank draws
 * from by its rules, so one question serves several tests (a check after each module and a final test drawing at
 * random from the same pool). One bank per course. Seeded from {@code content/sporsmalsbanker/} and filled by
 * trainers through GIFT import.
 */
@Entity
@Table(name = "question_bank")
@NamedQuery(name = "QuestionBank.byKey", query = "SELECT b FROM QuestionBank b WHERE b.bankKey = :key")
@NamedQuery(name = "QuestionBank.ofCourse", query = "SELECT b FROM QuestionBank b WHERE b.course.courseKey = :courseKey")
public class QuestionBank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bank_key", nullable = false, unique = true, length = 100)
    private String bankKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "bank", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @Version
    private long version;

    protected QuestionBank() {
    }

    public QuestionBank(String bankKey, Course course, String title, OffsetDateTime now) {
        this.bankKey = bankKey;
        describe(course, title, now);
    }

    void describe(Course course, String title, OffsetDateTime now) {
        this.course = course;
        this.title = title;
        this.updatedAt = now;
    }

    void replaceQuestions(List<QuestionContent> contents) {
        questions.clear();
        for (int i = 0; i < contents.size(); i++) {
            questions.add(new Question(this, i, contents.get(i)));
        }
    }

    /** Adds imported questions; one with the key of a question already there replaces it (answers are kept by key). */
    void importQuestions(List<QuestionContent> contents, OffsetDateTime now) {
        for (QuestionContent content : contents) {
            Optional<Question> existing = question(content.key());
            if (existing.isPresent()) {
                existing.get().takeOver(content);
            } else {
                questions.add(new Question(this, questions.size(), content));
            }
        }
        this.updatedAt = now;
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.getQuestionKey().equals(key)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getBankKey() {
        return bankKey;
    }

    public Course getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public long getVersion() {
        return version;
    }
}
