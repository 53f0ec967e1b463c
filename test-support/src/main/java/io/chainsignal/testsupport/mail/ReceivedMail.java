package io.chainsignal.testsupport.mail;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One message as a test asserts on it: sender, recipients, subject and text (the first
 * text part of a multipart).
 *
 * @param from the From addresses (bare, without display names)
 * @param to the To addresses (bare, without display names)
 * @param subject the subject
 * @param text the body text (plain text preferred, otherwise HTML)
 * @param message the raw message
 */
public record ReceivedMail(List<String> from, List<String> to, String subject, String text, MimeMessage message) {

	static ReceivedMail of(MimeMessage message) {
		try {
			return new ReceivedMail(addresses(message.getFrom()), addresses(message.getRecipients(RecipientType.TO)),
					message.getSubject(), text(message), message);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Could not read a received message", ex);
		}
	}

	private static List<String> addresses(Address[] addresses) {
		if (addresses == null) {
			return List.of();
		}
		return Arrays.stream(addresses)
			.map((address) -> (address instanceof InternetAddress internet) ? internet.getAddress()
					: address.toString())
			.toList();
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				Part child = multipart.getBodyPart(i);
				String text = text(child);
				if (text != null && child.isMimeType("text/plain")) {
					return text;
				}
				if (text != null && html == null) {
					html = text;
				}
			}
			return html;
		}
		return null;
	}

	@Override
	public String toString() {
		return "ReceivedMail[from=" + this.from + ", to=" + this.to + ", subject=" + this.subject + "]";
	}

}
