package no.laeringsarena.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A module of a course: a titled, ordered group of lessons. Rebuilt with its course; never edited on its own. */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Course course, int position, ModuleContent content) {
        this.course = course;
        this.position = position;
        this.title = content.title();
        int lessonPosition = 0;
        for (LessonContent lesson : content.lessons()) {
            lessons.add(new Lesson(this, lessonPosition++, lesson));
        }
    }

    CourseModule(Course course, int position, String title) {
        this.course = course;
        this.position = position;
        this.title = title.strip();
    }

    /** A copy of another module with copies of its lessons (keys kept). */
    CourseModule(Course course, int position, CourseModule source) {
        this.course = course;
        this.position = position;
        this.title = source.title;
        int lessonPosition = 0;
        for (Lesson lesson : source.lessons) {
            lessons.add(new Lesson(this, lessonPosition++, lesson));
        }
    }

    void setPosition(int position) {
        this.position = position;
    }

    void rename(String title) {
        this.title = title.strip();
    }

    Lesson addLesson(String lessonKey, LessonDraft draft) {
        Lesson lesson = new Lesson(this, lessons.size(), lessonKey, draft);
        lessons.add(lesson);
        return lesson;
    }

    void removeLesson(Lesson lesson) {
        lessons.remove(lesson);
        Positions.renumber(lessons, Lesson::setPosition);
    }

    boolean moveLesson(Lesson lesson, int delta) {
        return Positions.move(lessons, lesson, delta, Lesson::setPosition);
    }

    boolean moveLessonTo(Lesson lesson, int place) {
        return Positions.moveTo(lessons, lesson, place, Lesson::setPosition);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    /** 0-based. */
    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
