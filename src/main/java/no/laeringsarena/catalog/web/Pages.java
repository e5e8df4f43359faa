package no.laeringsarena.catalog.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small helpers for the course pages' view actions: not found, and going to another page. */
final class Pages {

    private Pages() {
    }

    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static void redirect(String pathAndQuery) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static String lessonOutcome(String courseKey, String lessonKey) {
        return "/kurs/leksjon?faces-redirect=true&kurs=" + enc(courseKey) + "&leksjon=" + enc(lessonKey);
    }

    static String courseOutcome(String courseKey) {
        return "/kurs/kurs?faces-redirect=true&key=" + enc(courseKey);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
