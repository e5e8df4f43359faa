package no.laeringsarena.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A learning path (læringssti): courses meant to be taken in order, such as "Digital kommunesammenslåing". */
@Entity
@Table(name = "learning_path")
@NamedQuery(name = "LearningPath.byKey", query = "SELECT p FROM LearningPath p WHERE p.pathKey = :key")
@NamedQuery(name = "LearningPath.all", query = "SELECT p FROM LearningPath p ORDER BY p.title")
public class LearningPath {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "path_key", nullable = false, unique = true, length = 100)
    private String pathKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String summary = "";

    @ManyToMany
    @JoinTable(name = "learning_path_course",
            joinColumns = @JoinColumn(name = "path_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<Course> courses = new ArrayList<>();

    @Version
    private long version;

    protected LearningPath() {
    }

    public LearningPath(String pathKey) {
        this.pathKey = Objects.requireNonNull(pathKey);
    }

    public void describe(String title, String summary, List<Course> courses) {
        this.title = title;
        this.summary = summary == null ? "" : summary;
        if (!this.courses.equals(courses)) {
            this.courses = new ArrayList<>(courses);
        }
    }

    public Long getId() {
        return id;
    }

    public String getPathKey() {
        return pathKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<Course> getCourses() {
        return List.copyOf(courses);
    }

    public long getVersion() {
        return version;
    }
}
