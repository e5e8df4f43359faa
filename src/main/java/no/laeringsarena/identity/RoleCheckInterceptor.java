package no.laeringsarena.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Set;
import java.util.Arrays;

/** Refuses a call to a {@link RequiresRole} method unless the caller has one of the roles. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheckInterceptor {

    @Inject
    CallerRoles callerRoles;

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        RequiresRole required = call.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        Set<Role> roles = required == null ? Set.of() : callerRoles.current();
        if (required != null && Arrays.stream(required.value()).noneMatch(roles::contains)) {
            throw new AccessDeniedException("Role " + Arrays.toString(required.value()) + " required for "
                    + call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName());
        }
        return call.proceed();
    }
}
