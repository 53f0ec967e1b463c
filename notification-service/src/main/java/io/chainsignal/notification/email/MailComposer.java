package io.chainsignal.notification.email;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import io.chainsignal.common.json.EventJson;
import io.chainsignal.notification.subscription.Subscription;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes notification mails: a plain-text and an HTML part, an unsubscribe link in the
 * body and in {@code List-Unsubscribe} with {@code List-Unsubscribe-Post} (RFC 8058
 * one-click).
 */
@Component
class MailComposer {

	private final JavaMailSender mail;

	private final EmailSettings settings;

	MailComposer(JavaMailSender mail, EmailSettings settings) {
		this.mail = mail;
		this.settings = settings;
	}

	MimeMessage notification(Subscription s, List<String> payloads) throws MessagingException {
		List<JsonNode> events = payloads.stream().map((p) -> EventJson.mapper().readTree(p)).toList();
		String subject = (events.size() == 1) ? "ChainSignal: " + headline(events.get(0))
				: "ChainSignal digest: " + events.size() + " events for " + s.name();
		StringBuilder text = new StringBuilder(s.name()).append("\n\n");
		StringBuilder html = new StringBuilder("<html><body><h2>").append(HtmlUtils.htmlEscape(s.name()))
			.append("</h2><ul>");
		for (JsonNode event : events) {
			text.append("- ").append(headline(event)).append('\n');
			html.append("<li>").append(HtmlUtils.htmlEscape(headline(event))).append("</li>");
		}
		String unsubscribe = link("unsubscribe", s.unsubscribeToken());
		text.append("\nUnsubscribe: ").append(unsubscribe).append('\n');
		html.append("</ul><p><a href=\"")
			.append(HtmlUtils.htmlEscape(unsubscribe))
			.append("\">Unsubscribe</a></p></body></html>");
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(s.target());
		helper.setSubject(subject);
		helper.setText(text.toString(), html.toString());
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	MimeMessage verification(Subscription s) throws MessagingException {
		String verify = link("verify", s.verifyToken());
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(s.target());
		helper.setSubject("ChainSignal: confirm alerts for " + s.name());
		helper.setText("Follow this link to receive ChainSignal alerts \"" + s.name() + "\" at this address:\n" + verify
				+ "\n\nIf you did not ask for them, ignore this mail: nothing is sent until the link is followed.\n",
				"<html><body><p>Follow this link to receive ChainSignal alerts <b>" + HtmlUtils.htmlEscape(s.name())
						+ "</b> at this address:</p><p><a href=\"" + HtmlUtils.htmlEscape(verify)
						+ "\">Confirm</a></p><p>If you did not ask for them, ignore this mail.</p></body></html>");
		return message;
	}

	MimeMessage disabled(Subscription s, String owner, String reason) throws MessagingException {
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(owner);
		helper.setSubject("ChainSignal: subscription " + s.id() + " disabled");
		String text = "Subscription \"" + s.name() + "\" (" + s.id() + ") to " + s.target()
				+ " was disabled and its pending deliveries cancelled. " + reason
				+ "\nFix the endpoint, then resume it with PATCH /api/v1/subscriptions/" + s.id()
				+ " {\"status\": \"active\"}.\n";
		helper.setText(text, "<html><body><p>" + HtmlUtils.htmlEscape(text) + "</p></body></html>");
		return message;
	}

	void send(MimeMessage message) {
		this.mail.send(message);
	}

	private String link(String action, String token) {
		return this.settings.linkBaseUrl() + "/api/v1/email/" + action + "?token=" + token;
	}

	static String headline(JsonNode event) {
		String type = event.path("type").asString();
		JsonNode data = event.path("data");
		if (type.startsWith("transfer.")) {
			String symbol = data.path("token").path("symbol").asString("");
			String amount = data.path("amount").isNull() ? data.path("value").asString() + " units"
					: data.path("amount").asString();
			return type + ": " + amount + " " + symbol + " from " + data.path("from_address").asString() + " to "
					+ data.path("to_address").asString() + " (tx " + data.path("transaction_hash").asString() + ")";
		}
		if (type.equals("risk.alert")) {
			return "risk.alert " + data.path("status").asString() + ": " + data.path("severity").asString() + " score "
					+ data.path("score").asInt() + " for " + data.path("subject_address").asString();
		}
		return type;
	}

}
