package no.laeringsarena.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the pages speak to this visitor: the remembered choice (cookie) if any, else the browser's
 * preference among bokmål, nynorsk and English, else bokmål.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "la_lang";

    private SupportedLanguage current;

    public Locale getLocale() {
        return current().locale();
    }

    public String getTag() {
        return current().tag();
    }

    public List<SupportedLanguage> getLanguages() {
        return List.of(SupportedLanguage.values());
    }

    public boolean isCurrent(SupportedLanguage language) {
        return current() == language;
    }

    /** Switches language, remembers it, and reloads the page the visitor is on. */
    public String choose(String tag) {
        SupportedLanguage chosen = SupportedLanguage.fromTag(tag).orElse(SupportedLanguage.NB);
        current = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PreferenceCookies.write((HttpServletResponse) external.getResponse(), COOKIE, chosen.tag(),
                external.isSecure());
        faces.getViewRoot().setLocale(chosen.locale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private SupportedLanguage current() {
        if (current == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                return SupportedLanguage.NB;
            }
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            current = PreferenceCookies.read(request, COOKIE).flatMap(SupportedLanguage::fromTag)
                    .orElseGet(() -> SupportedLanguage.fromAcceptLanguage(request.getHeader("Accept-Language")));
        }
        return current;
    }
}
