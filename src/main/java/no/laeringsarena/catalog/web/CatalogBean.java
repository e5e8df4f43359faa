package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.platform.web.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.CourseFilter;
import no.laeringsarena.catalog.CourseFormat;
import no.laeringsarena.catalog.LearningPath;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;

/**
 * The course catalogue (kurs.xhtml): filters by format, sector and theme, sorted by title or last update, shown
 * {@value #PAGE_SIZE} courses a page; bookmarkable.
 */
@Named("courseCatalog")
@RequestScoped
public class CatalogBean {

    static final int PAGE_SIZE = 24;

    @Inject
    CourseCatalog catalog;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    private String format;
    private String sector;
    private String theme;
    private String sort;
    private String page;
    private List<Long> matchingIds;
    private Paging paging;

    private List<Course> courses;

    /** The ids of every published course that matches the filters, in order (for the count and the pages). */
    public List<Long> getMatchingIds() {
        if (matchingIds == null) {
            CourseFormat chosenFormat = format == null ? null : CourseFormat.fromContent(format);
            CourseFilter.Sort chosenSort = "oppdatert".equals(sort) ? CourseFilter.Sort.UPDATED : CourseFilter.Sort.TITLE;
            matchingIds = catalog.publishedIds(new CourseFilter(chosenFormat, blankToNull(sector), blankToNull(theme), chosenSort));
        }
        return matchingIds;
    }

    /** The courses of the page shown (at most {@value #PAGE_SIZE}); only these are loaded. */
    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalog.courses(getPaging().slice(getMatchingIds()));
        }
        return courses;
    }

    public Paging getPaging() {
        if (paging == null) {
            paging = Paging.of(page, PAGE_SIZE, getMatchingIds().size());
        }
        return paging;
    }

    public List<LearningPath> getLearningPaths() {
        return catalog.learningPaths();
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public List<TaxonomyTerm> getSectors() {
        return TaxonomyTerms.all(em, TermKind.SECTOR);
    }

    public List<TaxonomyTerm> getThemes() {
        return TaxonomyTerms.all(em, TermKind.THEME);
    }

    public boolean isFiltered() {
        return blankToNull(format) != null || blankToNull(sector) != null || blankToNull(theme) != null;
    }

    /** Shows the filtered list at a bookmarkable address. */
    public String filter() {
        return "/kurs?faces-redirect=true&includeViewParams=true";
    }

    public String reset() {
        return "/kurs?faces-redirect=true";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
