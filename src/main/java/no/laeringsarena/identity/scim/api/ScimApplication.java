package no.laeringsarena.identity.scim.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * SCIM as its own JAX-RS application at /scim/v2. Its classes are listed explicitly, so its token filter and error
 * mappers never apply to other applications in the war.
 */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ScimRequestFilter.class, ScimExceptionMapper.class, ScimWebExceptionMapper.class,
                UsersResource.class, GroupsResource.class, DiscoveryResource.class);
    }
}
