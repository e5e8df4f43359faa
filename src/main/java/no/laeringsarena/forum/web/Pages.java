package no.laeringsarena.forum.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Small helpers the forum beans share: request parameters, 404 and keeping messages over a redirect. */
final class Pages {

    private Pages() {
    }

    static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    static Long longParam(String name) {
        String value = param(name);
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    static void notFound() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.responseSendError(404, "");
        FacesContext.getCurrentInstance().responseComplete();
    }

    static void forbidden() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.responseSendError(403, "");
        FacesContext.getCurrentInstance().responseComplete();
    }

    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
