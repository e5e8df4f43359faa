package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.SystemInUse;
import no.laeringsarena.forum.SystemsInUse;
import no.laeringsarena.platform.web.Messages;

/**
 * "Hvem bruker hva": {@code forum/systemer.xhtml} lists the systems organisations use and, for {@code ?system=},
 * who uses it and the threads about it; {@code organisasjon/systemer.xhtml} lets a virksomhetsadministrator keep
 * their organisation's list.
 */
@Named("systems")
@RequestScoped
public class SystemsBean {

    @Inject
    SystemsInUse systems;

    private String name;
    private String vendor;
    private String area;
    private List<SystemInUse> mine;

    public String getSystem() {
        String system = Pages.param("system");
        return system == null || system.isBlank() || system.length() > SystemInUse.MAX_TEXT ? null : system.strip();
    }

    public List<SystemsInUse.SystemSummary> getSummary() {
        return systems.summary();
    }

    public List<SystemInUse> getUsers() {
        return systems.usersOf(getSystem());
    }

    public List<ForumThread> getThreads() {
        return systems.threadsAbout(getSystem());
    }

    public List<SystemInUse> getMine() {
        if (mine == null) {
            mine = systems.mine();
        }
        return mine;
    }

    public String add() {
        List<String> problems = ForumRules.systemProblems(name, vendor, area);
        if (!problems.isEmpty()) {
            Messages.error("system-form:name", problems.getFirst(), SystemInUse.MAX_TEXT);
            return null;
        }
        try {
            systems.add(name, vendor, area);
        } catch (ForumException e) {
            Messages.error("system-form:name", e.messageKey(), SystemInUse.MAX_TEXT);
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "systems.added");
        return "/organisasjon/systemer.xhtml?faces-redirect=true";
    }

    public String remove(Long id) {
        try {
            systems.remove(id);
        } catch (ForumException e) {
            Messages.error(null, e.messageKey());
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "systems.removed");
        return "/organisasjon/systemer.xhtml?faces-redirect=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
