package no.laeringsarena.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A/AA rules on the page the browser shows; returns the serious and critical violations. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().limit(3)
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }
}
