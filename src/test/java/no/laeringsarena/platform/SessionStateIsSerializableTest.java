package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With several instances, a visitor's session (session-scoped beans, and the view-scoped beans of the pages they have
 * open) is written to the Hazelcast data grid after each request and read back on another instance. Everything such a
 * bean keeps must therefore be serializable: this walks every field that is not transient, static or injected (CDI
 * injects serializable proxies), and the fields of the project's own types they hold, and names what is not.
 */
class SessionStateIsSerializableTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everythingSessionAndViewScopedBeansKeepIsSerializable() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertFalse(beans.isEmpty(), "found the session- and view-scoped beans in " + CLASSES);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }
        assertTrue(problems.isEmpty(), "not serializable, so a session could not move to another instance:\n  "
                + String.join("\n  ", problems));
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            // a collection or map field is as serializable as its contents (the common implementations are)
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                checkType(raw, path, seen, problems);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", seen, problems);
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName());
            } else if (c.getName().startsWith("no.laeringsarena.")) {
                checkFields(c, path, seen, problems);
            }
        } else if (!(type instanceof TypeVariable<?>)) {
            problems.add(path + ": " + type);
        }
    }

    private static List<Class<?>> passivatingBeans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("no/laeringsarena"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateIsSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
