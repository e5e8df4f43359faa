package no.laeringsarena.platform.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.platform.mail.DevMailbox;
import no.laeringsarena.platform.web.LanguageSelection;

/** admin/e-post.xhtml: the mails the local SMTP server received; 404 outside dev and tests. */
@Named("devMailbox")
@RequestScoped
public class DevMailboxBean {

    @Inject
    DevMailbox mailbox;

    @Inject
    LanguageSelection language;

    private List<DevMailbox.ReceivedMail> mails;

    /** View action: only in dev mode (demo data on and the local mail folder set). */
    public void load() {
        if (!mailbox.isAvailable()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    public boolean isAvailable() {
        return mailbox.isAvailable();
    }

    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public List<DevMailbox.ReceivedMail> getMails() {
        if (mails == null) {
            mails = mailbox.newest();
        }
        return mails;
    }

    public String time(DevMailbox.ReceivedMail mail) {
        return DateTimeFormatter.ofPattern("d.M.uuuu HH:mm:ss", language.getLocale())
                .format(mail.received().atZoneSameInstant(ZoneId.of("Europe/Oslo")));
    }
}
