package no.laeringsarena.webinar.web;

import java.io.Serializable;
import no.laeringsarena.webinar.EventDraft;
import no.laeringsarena.webinar.EventKind;

/** The event planner's form (kursholder/arrangement.xhtml): what the fields hold between requests. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EventKind kind = EventKind.WEBINAR;
    private String title;
    private String description;
    private String speakers;
    private String audience;
    private String sector;
    private String theme;
    private String start;
    private String end;
    private String deadline;
    private Integer capacity;
    private boolean waitingList = true;
    private String venue;
    private String address;
    private String room;
    private String joinUrl;
    private boolean open = true;

    static EventForm of(EventDraft d) {
        EventForm f = new EventForm();
        f.kind = d.kind();
        f.title = d.title();
        f.description = d.description();
        f.speakers = d.speakers();
        f.audience = d.audience();
        f.sector = d.sectorKey();
        f.theme = d.themeKey();
        f.start = d.start();
        f.end = d.end();
        f.deadline = d.registrationDeadline();
        f.capacity = d.capacity();
        f.waitingList = d.waitingList();
        f.venue = d.venue();
        f.address = d.address();
        f.room = d.room();
        f.joinUrl = d.joinUrl();
        f.open = d.open();
        return f;
    }

    EventDraft toDraft() {
        return new EventDraft(kind, title, description, speakers, audience, sector, theme, start, end, deadline,
                capacity, waitingList, venue, address, room, joinUrl, open);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = speakers;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isWaitingList() {
        return waitingList;
    }

    public void setWaitingList(boolean waitingList) {
        this.waitingList = waitingList;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public void setJoinUrl(String joinUrl) {
        this.joinUrl = joinUrl;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }
}
