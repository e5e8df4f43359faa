package no.laeringsarena.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units of one organisation as a tree, in reading order (each unit followed by the units below it, siblings
 * alphabetically), with each unit's path ("Helse og velferd › Sykehjem Nord") and depth.
 */
public final class UnitTree {

    /** The path separator on pages and in CSV files ("Helse og velferd/Sykehjem Nord" is read as well). */
    public static final String SEPARATOR = " › ";

    /** One unit as the tree sees it. */
    public record Node(long id, Long parentId, String name, String path, int depth) {
    }

    /** What the tree is built from: a unit's id, its parent's id (null at the top) and its name. */
    public record Unit(long id, Long parentId, String name) {
    }

    private final List<Node> ordered;
    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    private UnitTree(List<Node> ordered) {
        this.ordered = List.copyOf(ordered);
        for (Node node : ordered) {
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.id());
            }
        }
    }

    public static UnitTree of(Collection<Unit> units) {
        Map<Long, List<Unit>> below = new HashMap<>();
        Set<Long> ids = new LinkedHashSet<>();
        units.forEach(u -> ids.add(u.id()));
        for (Unit unit : units) {
            // a unit whose parent is unknown is shown at the top rather than lost
            Long parent = unit.parentId() != null && ids.contains(unit.parentId()) ? unit.parentId() : null;
            below.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
        }
        List<Node> ordered = new ArrayList<>();
        addBelow(null, "", 0, below, ordered, new java.util.HashSet<>());
        return new UnitTree(ordered);
    }

    private static void addBelow(Long parent, String parentPath, int depth, Map<Long, List<Unit>> below,
                                 List<Node> ordered, Set<Long> seen) {
        List<Unit> level = new ArrayList<>(below.getOrDefault(parent, List.of()));
        level.sort(Comparator.comparing((Unit u) -> u.name().toLowerCase(Locale.forLanguageTag("nb"))));
        for (Unit unit : level) {
            if (!seen.add(unit.id())) {
                continue;
            }
            String path = parentPath.isEmpty() ? unit.name() : parentPath + SEPARATOR + unit.name();
            ordered.add(new Node(unit.id(), parent, unit.name(), path, depth));
            addBelow(unit.id(), path, depth + 1, below, ordered, seen);
        }
    }

    /** Every unit, each followed by those below it. */
    public List<Node> nodes() {
        return ordered;
    }

    public Optional<Node> node(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The unit and every unit below it, at any depth. */
    public Set<Long> subtree(long id) {
        Set<Long> result = new LinkedHashSet<>();
        if (!byId.containsKey(id)) {
            return result;
        }
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.remove(todo.size() - 1);
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** The unit and the units above it, up to the top. */
    public Set<Long> ancestorsAndSelf(long id) {
        Set<Long> result = new LinkedHashSet<>();
        Node node = byId.get(id);
        while (node != null && result.add(node.id())) {
            node = node.parentId() == null ? null : byId.get(node.parentId());
        }
        return result;
    }

    /** The unit at a path such as "Helse og velferd › Sykehjem Nord", compared without regard to case. */
    public Optional<Node> byPath(List<String> segments) {
        String wanted = String.join(SEPARATOR, segments).toLowerCase(Locale.ROOT);
        return ordered.stream().filter(n -> n.path().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Splits a path written by a person: segments separated by "›", "/" or ">", trimmed, empty ones dropped. */
    public static List<String> segments(String path) {
        if (path == null) {
            return List.of();
        }
        return java.util.Arrays.stream(path.split("[›/>]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
