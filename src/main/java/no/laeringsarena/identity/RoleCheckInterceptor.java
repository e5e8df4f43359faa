package no.laeringsarena.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/** Refuses a call to a {@link RequiresRole} method unless the caller has one of the roles. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheckInterceptor {

    // The servlet request answers role questions reliably in Payara (SecurityContext.isCallerInRole does not
    // see group-mapped roles from CDI beans); outside a request there is no caller, so nothing is allowed.
    @Inject
    HttpServletRequest request;

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        RequiresRole required = call.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        if (required != null && Arrays.stream(required.value()).noneMatch(r -> request.isUserInRole(r.groupName()))) {
            throw new AccessDeniedException("Role " + Arrays.toString(required.value()) + " required for "
                    + call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName());
        }
        return call.proceed();
    }
}
