package no.laeringsarena.identity;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a CDI bean or method: the caller must have one of these roles, checked on the server for every call
 * ({@link RoleCheckInterceptor}), whatever page or API the call came from.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    @Nonbinding
    Role[] value();
}
