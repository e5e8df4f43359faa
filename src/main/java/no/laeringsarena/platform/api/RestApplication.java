package no.laeringsarena.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API under {@code /api}: resources live in each capability's {@code api} package. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
