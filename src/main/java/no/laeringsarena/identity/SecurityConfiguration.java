package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page. A protected page visited by a guest redirects to the login page and
 * back to the page afterwards. The roles themselves are declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/logg-inn.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecurityConfiguration {
}
