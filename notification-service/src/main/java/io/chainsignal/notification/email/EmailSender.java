package io.chainsignal.notification.email;

import java.util.List;

import jakarta.mail.MessagingException;

import io.chainsignal.notification.delivery.ChannelSender;
import io.chainsignal.notification.delivery.ClaimedDelivery;
import io.chainsignal.notification.delivery.Outcome;
import io.chainsignal.notification.subscription.Channel;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends immediate email deliveries; a mail server that is down is a failed attempt,
 * retried on the schedule like a webhook.
 */
@Component
class EmailSender implements ChannelSender {

	private final MailComposer composer;

	EmailSender(MailComposer composer) {
		this.composer = composer;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String endpoint(ClaimedDelivery delivery) {
		return "smtp";
	}

	@Override
	public Outcome send(ClaimedDelivery delivery) {
		try {
			this.composer.send(this.composer.notification(delivery.subscription(), List.of(delivery.payload())));
			return Outcome.delivered(null);
		}
		catch (MailException | MessagingException ex) {
			return Outcome.failed(null, "mail not sent: " + ex.getMessage(), null);
		}
	}

}
