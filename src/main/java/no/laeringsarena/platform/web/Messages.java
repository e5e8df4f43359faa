package no.laeringsarena.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the message bundles in the current view's language, and Faces messages made from them. */
public final class Messages {

    public static final String BUNDLE = "no.laeringsarena.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public static String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("nb");
    }
}
