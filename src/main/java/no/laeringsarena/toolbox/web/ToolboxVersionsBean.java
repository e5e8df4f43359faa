package no.laeringsarena.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.toolbox.ToolboxEditing;
import no.laeringsarena.toolbox.ToolboxItem;
import no.laeringsarena.toolbox.ToolboxItemVersion;
import no.laeringsarena.toolbox.ToolboxService;
import no.laeringsarena.toolbox.VersionDiff;

/**
 * The versions of an item and the difference between two of them ({@code verktoy-versjoner.xhtml?key=&fra=&til=};
 * by default the newest against the one before).
 */
@Named("toolboxVersions")
@RequestScoped
public class ToolboxVersionsBean {

    @Inject
    ToolboxService toolbox;

    @Inject
    ToolboxEditing editing;

    private String key;
    private Integer from;
    private Integer to;
    private ToolboxItem item;
    private List<ToolboxItemVersion> versions;

    public void load() throws IOException {
        item = key == null ? null : toolbox.visible(key, true).orElse(null);
        if (item == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        versions = editing.versions(item);
        if (to == null && !versions.isEmpty()) {
            to = versions.get(0).getNumber();
        }
        if (from == null && versions.size() > 1) {
            from = versions.get(1).getNumber();
        }
    }

    public List<VersionDiff.Field> getDiff() {
        Optional<ToolboxItemVersion> older = version(from);
        Optional<ToolboxItemVersion> newer = version(to);
        if (older.isEmpty() || newer.isEmpty()) {
            return List.of();
        }
        return VersionDiff.between(older.get(), newer.get());
    }

    public String getDiffHeading() {
        return Messages.text("toolbox.versions.diffHeading", from, to);
    }

    public boolean isComparing() {
        return version(from).isPresent() && version(to).isPresent();
    }

    private Optional<ToolboxItemVersion> version(Integer number) {
        return number == null || versions == null ? Optional.empty()
                : versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public ToolboxItem getItem() {
        return item;
    }

    public List<ToolboxItemVersion> getVersions() {
        return versions == null ? List.of() : versions;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
