package no.laeringsarena.learningrecord.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.laeringsarena.learningrecord.LrsClient;
import no.laeringsarena.learningrecord.LrsClients;
import no.laeringsarena.learningrecord.LrsScope;
import no.laeringsarena.platform.web.Messages;

/** System administrators create LRS clients (the secret is shown once) and revoke them. */
@Named("lrsClientAdmin")
@ViewScoped
public class LrsClientAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LrsClients clients;

    private String name;
    private List<String> scopes = new ArrayList<>(List.of(LrsScope.STATEMENTS_WRITE.scopeName()));
    private String createdKey;
    private String createdSecret;
    // a cache, read again after a change or when the session moved to another instance
    private transient List<LrsClient> list;

    public void add() {
        if (name == null || name.isBlank()) {
            Messages.error("client-form:name", "lrsClients.nameRequired");
            return;
        }
        Set<LrsScope> chosen = EnumSet.noneOf(LrsScope.class);
        scopes.forEach(s -> LrsScope.byName(s).ifPresent(chosen::add));
        if (chosen.isEmpty()) {
            Messages.error("client-form:scopes", "lrsClients.scopesRequired");
            return;
        }
        LrsClients.Created created = clients.create(name, chosen);
        createdKey = created.key();
        createdSecret = created.secret();
        Messages.info(null, "lrsClients.created", name.trim());
        name = null;
        list = null;
    }

    public void revoke(long id) {
        clients.revoke(id);
        Messages.info(null, "lrsClients.revokedDone");
        list = null;
    }

    public List<LrsClient> getClients() {
        if (list == null) {
            list = clients.all();
        }
        return list;
    }

    public LrsScope[] getAllScopes() {
        return LrsScope.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getCreatedKey() {
        return createdKey;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }
}
