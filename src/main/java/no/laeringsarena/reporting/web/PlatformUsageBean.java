package no.laeringsarena.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.ToLongFunction;
import no.laeringsarena.platform.web.ChartColumn;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.reporting.PlatformUsage;
import no.laeringsarena.reporting.UsageSeries;
import no.laeringsarena.reporting.UsageWeek;

/** The system administrator's dashboard: platform use week by week, as charts and as a table with the same figures. */
@Named("usageDashboard")
@RequestScoped
public class PlatformUsageBean {

    @Inject
    PlatformUsage usage;

    private Integer weeks;
    private List<UsageWeek> lines;

    public List<UsageWeek> getLines() {
        if (lines == null) {
            lines = usage.weeks(getPeriod());
        }
        return lines;
    }

    public int getPeriod() {
        return UsageSeries.period(weeks);
    }

    public List<Integer> getPeriods() {
        return UsageSeries.PERIODS;
    }

    /** Label every n-th column, so that a year of weeks stays readable. */
    public int getLabelEvery() {
        return Math.max(1, (getPeriod() + 12) / 13);
    }

    public List<ChartColumn> getActiveUsers() {
        return columns(UsageWeek::activeUsers);
    }

    public List<ChartColumn> getCompletions() {
        return columns(UsageWeek::completions);
    }

    public List<ChartColumn> getSearches() {
        return columns(UsageWeek::searches);
    }

    public List<ChartColumn> getForumPosts() {
        return columns(UsageWeek::forumPosts);
    }

    private List<ChartColumn> columns(ToLongFunction<UsageWeek> count) {
        return ChartColumn.of(getLines().stream().map(w -> Messages.text("usage.weekShort", w.weekNumber())).toList(),
                getLines().stream().map(w -> count.applyAsLong(w)).toList());
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
