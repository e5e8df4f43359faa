package no.laeringsarena.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;

/** Light or dark: the project's own theme (themes/laeringsarena) in either mode, remembered in a cookie. */
@Named("theme")
@SessionScoped
public class ThemeSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "la_theme";

    private Boolean dark;

    public boolean isDark() {
        if (dark == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            HttpServletRequest request = faces == null ? null : (HttpServletRequest) faces.getExternalContext().getRequest();
            dark = request != null && PreferenceCookies.read(request, COOKIE).map("dark"::equals).orElse(false);
        }
        return dark;
    }

    /** The mode name used on the html element and in the stylesheet: "light" or "dark". */
    public String getMode() {
        return isDark() ? "dark" : "light";
    }

    /** The PrimeFaces base theme under our own: Saga for light, Arya for dark. */
    public String getPrimeFacesTheme() {
        return isDark() ? "arya" : "saga";
    }

    public String toggle() {
        dark = !isDark();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PreferenceCookies.write((HttpServletResponse) external.getResponse(), COOKIE, getMode(), external.isSecure());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
