package no.laeringsarena.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a column chart of counts over time (WEB-INF/includes/column-chart.xhtml): a short label, the count,
 * and its height as a share (0–100) of the largest count in the chart.
 */
public record ChartColumn(String label, long value, int percent) {

    /** Columns for the counts, each as high as its share of the largest; all flat when every count is 0. */
    public static List<ChartColumn> of(List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        List<ChartColumn> columns = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            long value = Math.max(0, values.get(i));
            columns.add(new ChartColumn(labels.get(i), value, max <= 0 ? 0 : (int) (value * 100 / max)));
        }
        return columns;
    }
}
