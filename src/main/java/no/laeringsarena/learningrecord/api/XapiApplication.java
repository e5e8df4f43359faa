package no.laeringsarena.learningrecord.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The LRS as its own JAX-RS application at /xapi. Its classes are listed explicitly, so its filters never apply to
 * other applications in the war, and other applications' resources do not appear under /xapi.
 */
@ApplicationPath("xapi")
public class XapiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(XapiRequestFilter.class, XapiExceptionMapper.class, StatementsResource.class,
                StateResource.class, ActivityProfileResource.class, AgentProfileResource.class,
                ActivitiesResource.class, AgentsResource.class, AboutResource.class);
    }
}
