package no.laeringsarena.audit;

import java.util.List;

/** One page of audit log lines, newest first, with the number of lines that match in all. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
