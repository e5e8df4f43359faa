package no.laeringsarena.platform.web;

/** One bar of a bar chart of shares (WEB-INF/includes/bar-chart.xhtml): a short label and a share from 0 to 100. */
public record ChartBar(String label, int percent) {

    /** Labels longer than this are shortened with an ellipsis, so they fit beside the bars. */
    static final int MAX_LABEL = 32;

    public ChartBar {
        label = label == null ? "" : label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1).strip() + "…" : label;
        percent = Math.max(0, Math.min(100, percent));
    }
}
