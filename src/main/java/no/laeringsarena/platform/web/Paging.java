package no.laeringsarena.platform.web;

import java.util.List;

/**
 * One page of a longer list, numbered from 1: a requested page outside the list (or not a number) shows the
 * nearest page that exists, so an old bookmark never gives an error. Keeps long lists (the course catalogue with
 * thousands of courses) from being rendered whole.
 */
public record Paging(int page, int size, int total) {

    public Paging {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        total = Math.max(0, total);
        int pages = Math.max(1, (total + size - 1) / size);
        page = Math.min(Math.max(1, page), pages);
    }

    /** The page asked for in a request parameter ("2"), page 1 when absent or not a whole number. */
    public static Paging of(String requested, int size, int total) {
        int page = 1;
        if (requested != null && requested.strip().matches("\\d{1,6}")) {
            page = Integer.parseInt(requested.strip());
        }
        return new Paging(page, size, total);
    }

    public int pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public <T> List<T> slice(List<T> all) {
        int from = Math.min(all.size(), (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }
}
