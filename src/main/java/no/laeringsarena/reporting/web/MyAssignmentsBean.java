package no.laeringsarena.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.reporting.MyAssignments;

/** "Tildelte kurs" on Min side: what my organisation expects me to complete, by when, and where I stand. */
@Named("myAssignments")
@RequestScoped
public class MyAssignmentsBean {

    @Inject
    MyAssignments assignments;

    @Inject
    CurrentUser currentUser;

    private List<MyAssignments.Line> lines;

    public List<MyAssignments.Line> getLines() {
        if (lines == null) {
            lines = currentUser.account().map(assignments::of).orElse(List.of());
        }
        return lines;
    }
}
