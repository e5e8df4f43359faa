package no.laeringsarena.platform.mail;

/** Where mails go: host and port, optional login, the sender address, and whether STARTTLS is required. */
public record SmtpServer(String host, int port, String username, String password, String from, boolean startTls) {

    @Override
    public String toString() {
        return host + ":" + port;  // never the password
    }
}
