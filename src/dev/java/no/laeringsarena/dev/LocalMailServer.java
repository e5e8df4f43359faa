package no.laeringsarena.dev;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server on 127.0.0.1 (GreenMail) that accepts every mail, for the dev run and the integration tests.
 * Every mail it receives is also written as an .eml file to a folder, which the application's dev-only page
 * (admin/e-post.xhtml, setting dev.mail.dir) lists. {@link #stopSmtp()} / {@link #startSmtp()} take the server
 * down and up again on the same port (the tests check that nothing is lost while it is down).
 */
public final class LocalMailServer implements AutoCloseable {

    private final int port;
    private final Path mailDir;
    private final List<MimeMessage> received = new ArrayList<>();
    private final ScheduledExecutorService poller;
    private GreenMail greenMail;
    private final Map<String, Integer> takenPerMailbox = new HashMap<>();

    private LocalMailServer(int port, Path mailDir) {
        this.port = port;
        this.mailDir = mailDir;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-mail-server");
            t.setDaemon(true);
            return t;
        });
    }

    public static LocalMailServer start(int port, Path mailDir) throws IOException {
        Files.createDirectories(mailDir);
        LocalMailServer server = new LocalMailServer(port, mailDir);
        server.startSmtp();
        server.poller.scheduleWithFixedDelay(server::collect, 200, 200, TimeUnit.MILLISECONDS);
        return server;
    }

    public synchronized void startSmtp() {
        if (greenMail != null) {
            return;
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        greenMail = mail;
        takenPerMailbox.clear();
    }

    public synchronized void stopSmtp() {
        collect();
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received so far (also from before a restart), oldest first. */
    public synchronized List<MimeMessage> messages() {
        collect();
        return List.copyOf(received);
    }

    public int port() {
        return port;
    }

    public Path mailDir() {
        return mailDir;
    }

    /**
     * Takes the mails that arrived since the last look, mailbox by mailbox: GreenMail's getReceivedMessages() joins
     * the mailboxes in no stable order, so counting positions in it would take some mails twice and miss others.
     */
    private synchronized void collect() {
        if (greenMail == null) {
            return;
        }
        try {
            for (GreenMailUser user : greenMail.getUserManager().listUser()) {
                List<StoredMessage> inbox = greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
                int taken = takenPerMailbox.getOrDefault(user.getLogin(), 0);
                for (int i = taken; i < inbox.size(); i++) {
                    received.add(inbox.get(i).getMimeMessage());
                    write(inbox.get(i).getMimeMessage(), received.size());
                }
                takenPerMailbox.put(user.getLogin(), inbox.size());
            }
        } catch (FolderException e) {
            System.err.println("Could not read the local mailboxes: " + e.getMessage());
        }
    }

    private void write(MimeMessage message, int number) {
        Path file = mailDir.resolve(String.format("%06d-%d.eml", number, System.currentTimeMillis()));
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            System.err.println("Could not keep mail " + number + " in " + mailDir + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        poller.shutdownNow();
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
