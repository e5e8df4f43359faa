package no.laeringsarena.elearning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A cmi5 assignable unit (AU) of an imported package; a lesson plays it ({@code cmi5:<id>} in its mediaUrl). In
 * statements the AU is named by the platform's own activity id ({@link #activityId}); the publisher's id from
 * cmi5.xml goes into the context as a grouping activity, so the same package in two courses never mixes records.
 */
@Entity
@Table(name = "cmi5_au")
@NamedQuery(name = "Cmi5Au.ofPackage", query = "SELECT a FROM Cmi5Au a WHERE a.elearningPackage = :p ORDER BY a.position")
public class Cmi5Au {

    public static final String REFERENCE_PREFIX = "cmi5:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "package_id")
    private ElearningPackage elearningPackage;

    @Column(nullable = false)
    private int position;

    @Column(name = "au_iri", nullable = false, length = 1000)
    private String auIri;

    @Column(name = "course_iri", nullable = false, length = 1000)
    private String courseIri;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "launch_method", nullable = false, length = 20)
    private String launchMethod;

    @Column(name = "move_on", nullable = false, length = 30)
    private String moveOn;

    @Column(name = "mastery_score", precision = 5, scale = 4)
    private BigDecimal masteryScore;

    @Column(name = "launch_parameters")
    private String launchParameters;

    @Column(name = "entitlement_key", length = 1000)
    private String entitlementKey;

    protected Cmi5Au() {
    }

    Cmi5Au(ElearningPackage elearningPackage, int position, String courseIri, Cmi5CourseStructure.Au au) {
        this.elearningPackage = elearningPackage;
        this.position = position;
        this.auIri = au.id();
        this.courseIri = courseIri;
        this.title = au.title();
        this.url = au.url();
        this.launchMethod = au.launchMethod();
        this.moveOn = au.moveOn().value();
        this.masteryScore = au.masteryScore();
        this.launchParameters = au.launchParameters();
        this.entitlementKey = au.entitlementKey();
    }

    public String reference() {
        return REFERENCE_PREFIX + id;
    }

    /** The platform's activity id of this AU (what the launch URL passes as activityId). */
    public String activityId(String baseUrl) {
        return trim(baseUrl) + "/xapi/activities/cmi5-au/" + id;
    }

    /** The platform's activity id of the package's cmi5 course. */
    public String courseActivityId(String baseUrl) {
        return trim(baseUrl) + "/xapi/activities/cmi5-kurs/" + elearningPackage.getId();
    }

    private static String trim(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean isRemote() {
        return Cmi5CourseStructure.isAbsolute(url);
    }

    public Long getId() {
        return id;
    }

    public ElearningPackage getPackage() {
        return elearningPackage;
    }

    public String getAuIri() {
        return auIri;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getLaunchMethod() {
        return launchMethod;
    }

    public Cmi5MoveOn getMoveOn() {
        return Cmi5MoveOn.of(moveOn).orElse(Cmi5MoveOn.NOT_APPLICABLE);
    }

    public BigDecimal getMasteryScore() {
        return masteryScore;
    }

    public String getLaunchParameters() {
        return launchParameters;
    }

    public String getEntitlementKey() {
        return entitlementKey;
    }
}
