package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;

/** The logged-in learner of this request, as the course pages need her: her account id (from the session only). */
@RequestScoped
public class Learner {

    @Inject
    CurrentUser currentUser;

    public Optional<Long> id() {
        return currentUser.isLoggedIn() ? currentUser.account().map(UserAccount::getId) : Optional.empty();
    }

    public boolean isLoggedIn() {
        return id().isPresent();
    }

    /** Course holders, editors and system administrators see drafts (to preview them as a learner would). */
    public boolean maySeeDrafts() {
        return currentUser.hasRole(Role.KURSHOLDER.groupName()) || currentUser.hasRole(Role.REDAKTOR.groupName())
                || currentUser.hasRole(Role.SYSTEMADMINISTRATOR.groupName());
    }
}
