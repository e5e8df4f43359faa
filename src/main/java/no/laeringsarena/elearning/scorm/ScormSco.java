package no.laeringsarena.elearning.scorm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.laeringsarena.elearning.ElearningPackage;

/** A launchable item of an imported SCORM package; a lesson of kind PACKAGE plays it ({@code scorm:<id>}). */
@Entity
@Table(name = "scorm_sco")
public class ScormSco {

    /** The prefix of a package lesson's media reference that names a SCO. */
    public static final String REFERENCE_PREFIX = "scorm:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "package_id")
    private ElearningPackage elearningPackage;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "scorm_version", nullable = false, length = 20)
    private ScormVersion version;

    @Column(name = "item_identifier", nullable = false, length = 1000)
    private String itemIdentifier;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "launch_path", nullable = false, length = 2000)
    private String launchPath;

    @Column(name = "is_sco", nullable = false)
    private boolean sco;

    @Column(name = "mastery_score")
    private Double masteryScore;

    @Column(name = "launch_data")
    private String launchData;

    @Column(name = "completion_threshold")
    private Double completionThreshold;

    protected ScormSco() {
    }

    ScormSco(ElearningPackage elearningPackage, int position, ScormVersion version, ScoLaunch launch) {
        this.elearningPackage = elearningPackage;
        this.position = position;
        this.version = version;
        this.itemIdentifier = launch.itemIdentifier();
        this.title = titleOf(launch.title());
        this.launchPath = launch.launchPath();
        this.sco = launch.sco();
        this.masteryScore = launch.masteryScore();
        this.launchData = launch.launchData();
        this.completionThreshold = launch.completionThreshold();
    }

    static String titleOf(String title) {
        String t = title == null ? "" : title.strip();
        return t.length() > 200 ? t.substring(0, 199) + "…" : t;
    }

    /** What the data model rules need of this SCO. */
    public ScoLaunch launch() {
        return new ScoLaunch(itemIdentifier, title, 0, launchPath, sco, masteryScore, launchData, completionThreshold);
    }

    public String reference() {
        return REFERENCE_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public ElearningPackage getPackage() {
        return elearningPackage;
    }

    public ScormVersion getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getLaunchPath() {
        return launchPath;
    }

    public boolean isSco() {
        return sco;
    }
}
