package io.chainsignal.testsupport.mail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.testsupport.PerJvm;

/**
 * An SMTP server (GreenMail, in the test JVM) that accepts every message, with or without
 * authentication, and keeps it for the test to read.
 */
public final class MailServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MailServer.class);

	private static final PerJvm<MailServer> SHARED = PerJvm.of("GreenMail", MailServer::start);

	private static final String HOST = "127.0.0.1";

	private final GreenMail greenMail;

	private MailServer(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/**
	 * The server shared by every test in this JVM, started on first use. Tests share its
	 * mailboxes, so each test should read only the mail sent to its own recipients:
	 * {@link #awaitMail(String, int, Duration)}.
	 * @return the shared server
	 */
	public static MailServer shared() {
		return SHARED.get();
	}

	/**
	 * Starts a dedicated server on a free port; the caller closes it.
	 * @return a running server
	 */
	public static MailServer start() {
		return start(0);
	}

	/**
	 * Starts a dedicated server on a given port, e.g. a documented one of the local
	 * stack; the caller closes it.
	 * @param port the SMTP port, or 0 for a free one
	 * @return a running server
	 */
	public static MailServer start(int port) {
		ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
		GreenMail greenMail = new GreenMail((port == 0) ? setup.dynamicPort() : setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		MailServer server = new MailServer(greenMail);
		logger.info("SMTP for integration tests: {}", server);
		return server;
	}

	/**
	 * Returns the host for {@code spring.mail.host}.
	 * @return the SMTP host
	 */
	public String host() {
		return HOST;
	}

	/**
	 * Returns the port for {@code spring.mail.port}.
	 * @return the SMTP port
	 */
	public int smtpPort() {
		return this.greenMail.getSmtp().getPort();
	}

	/**
	 * Returns every message received so far, one per recipient.
	 * @return the received mail, oldest first
	 */
	public List<ReceivedMail> received() {
		return Arrays.stream(this.greenMail.getReceivedMessages()).map(ReceivedMail::of).toList();
	}

	/**
	 * Waits until {@code recipient} has received at least {@code count} messages.
	 * @param recipient the address messages were sent to
	 * @param count the number of messages to wait for
	 * @param timeout how long to wait
	 * @return the messages to that recipient, oldest first
	 * @throws AssertionError if fewer arrive in time
	 */
	public List<ReceivedMail> awaitMail(String recipient, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<ReceivedMail> mail = received().stream().filter((m) -> m.to().contains(recipient)).toList();
			if (mail.size() >= count) {
				return mail;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Expected " + count + " messages to " + recipient + " within " + timeout
						+ " but got " + mail.size() + " (all received: " + received() + ")");
			}
			sleep();
		}
	}

	/**
	 * Returns the underlying GreenMail, for what this class does not offer (IMAP users,
	 * purging...).
	 * @return the GreenMail instance
	 */
	public GreenMail greenMail() {
		return this.greenMail;
	}

	/**
	 * Returns the raw messages, for assertions on headers or parts.
	 * @return the received messages
	 */
	public MimeMessage[] receivedMessages() {
		return this.greenMail.getReceivedMessages();
	}

	@Override
	public void close() {
		this.greenMail.stop();
	}

	@Override
	public String toString() {
		return "GreenMail SMTP at " + HOST + ":" + smtpPort();
	}

	private static void sleep() {
		try {
			Thread.sleep(25);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
