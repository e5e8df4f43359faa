package no.laeringsarena.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditFilter;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.audit.AuditPage;
import no.laeringsarena.platform.web.Messages;

/**
 * admin/revisjonslogg.xhtml: the audit log filtered by type, person and dates, newest first, a page at a time.
 * The filter is in the address (a GET form), so a filtered view can be bookmarked and paged.
 */
@Named("auditLogView")
@RequestScoped
public class AuditLogBean {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditLog audit;

    private String type;
    private String person;
    private String from;
    private String to;
    private int page = 1;
    private AuditPage result;

    public void load() {
        AuditEventType chosenType = parseType(type);
        LocalDate fromDate = parseDate(from, "audit.filter.badFrom");
        LocalDate toDate = parseDate(to, "audit.filter.badTo");
        AuditFilter filter = new AuditFilter(chosenType, person, fromDate, toDate);
        if (filter.dateRangeReversed()) {
            Messages.error(null, "audit.filter.reversed");
        }
        result = audit.search(filter, page);
    }

    public List<AuditEventType> getTypes() {
        return List.of(AuditEventType.values());
    }

    public AuditPage getResult() {
        return result;
    }

    public String time(java.time.OffsetDateTime when) {
        return when == null ? "" : TIME.format(when.atZoneSameInstant(ZoneId.of("Europe/Oslo")));
    }

    /** The query string of another page of the same filter. */
    public String pageQuery(int other) {
        return "type=" + enc(type) + "&person=" + enc(person) + "&fra=" + enc(from) + "&til=" + enc(to) + "&side=" + other;
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static AuditEventType parseType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditEventType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value, String problemKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Messages.error(null, problemKey);
            return null;
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        String clean = person == null ? null : person.strip();
        this.person = clean != null && clean.length() > 254 ? clean.substring(0, 254) : clean;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
