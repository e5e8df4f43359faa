package no.laeringsarena.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page. A protected page visited by a guest redirects to the login page and
 * back to the page afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/logg-inn.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.DELTAKER, Role.Names.KURSHOLDER, Role.Names.REDAKTOR, Role.Names.MODERATOR,
        Role.Names.VIRKSOMHETSADMINISTRATOR, Role.Names.SYSTEMADMINISTRATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
