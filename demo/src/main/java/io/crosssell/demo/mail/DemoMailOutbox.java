package io.crosssell.demo.mail;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail sender for the demo: instead of talking to an SMTP server it writes each message as an
 * {@code .eml} file (any mail client opens it) into a directory, and keeps the last few in memory.
 */
public class DemoMailOutbox extends JavaMailSenderImpl {

    private static final Log LOG = LogFactory.getLog(DemoMailOutbox.class);
    private static final int KEPT_IN_MEMORY = 20;

    private final File directory;
    private final LinkedList<MimeMessage> recent = new LinkedList<MimeMessage>();

    public DemoMailOutbox(String directory) {
        this.directory = new File(directory);
    }

    @Override
    protected synchronized void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
        for (MimeMessage message : messages) {
            try {
                message.saveChanges();
                if (directory.isDirectory() || directory.mkdirs()) {
                    File file = new File(directory, System.currentTimeMillis() + "-" + recent.size() + ".eml");
                    OutputStream out = new FileOutputStream(file);
                    try {
                        message.writeTo(out);
                    } finally {
                        out.close();
                    }
                    LOG.info("Demo e-mail '" + message.getSubject() + "' written to " + file);
                }
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            } catch (IOException e) {
                throw new MailPreparationException("Could not write the demo e-mail to " + directory, e);
            }
            recent.addLast(message);
            if (recent.size() > KEPT_IN_MEMORY) {
                recent.removeFirst();
            }
        }
    }

    /** The last messages sent, oldest first. */
    public synchronized List<MimeMessage> recentMessages() {
        return new ArrayList<MimeMessage>(recent);
    }

    /** The last of the recent messages sent to this address, or null. */
    public synchronized MimeMessage lastSentTo(String address) throws MessagingException {
        MimeMessage last = null;
        for (MimeMessage sent : recent) {
            if (sent.getAllRecipients() != null && address.equals(sent.getAllRecipients()[0].toString())) {
                last = sent;
            }
        }
        return last;
    }
}
