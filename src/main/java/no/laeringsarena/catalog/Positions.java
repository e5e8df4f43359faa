package no.laeringsarena.catalog;

import java.util.Collections;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** Moving an item of an ordered list one place up or down and renumbering the positions (0-based). */
final class Positions {

    private Positions() {
    }

    /** Moves {@code item} by {@code delta} (-1 up, +1 down); false when it is not there or already at that end. */
    static <T> boolean move(List<T> items, T item, int delta, ObjIntConsumer<T> setPosition) {
        int from = items.indexOf(item);
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= items.size()) {
            return false;
        }
        Collections.swap(items, from, to);
        renumber(items, setPosition);
        return true;
    }

    /** Moves {@code item} to place {@code to} (0-based, as dropped); false when it is not there or the place is not. */
    static <T> boolean moveTo(List<T> items, T item, int to, ObjIntConsumer<T> setPosition) {
        int from = items.indexOf(item);
        if (from < 0 || to < 0 || to >= items.size()) {
            return false;
        }
        items.add(to, items.remove(from));
        renumber(items, setPosition);
        return true;
    }

    static <T> void renumber(List<T> items, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < items.size(); i++) {
            setPosition.accept(items.get(i), i);
        }
    }
}
