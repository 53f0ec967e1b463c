package io.chainsignal.notification.email;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.notification.subscription.Channel;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionChanged;
import io.chainsignal.notification.subscription.SubscriptionStatus;

import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends the double opt-in mail when an email subscription is created unverified.
 */
@Component
class VerificationMailer {

	private static final Logger logger = LoggerFactory.getLogger(VerificationMailer.class);

	private final MailComposer composer;

	VerificationMailer(MailComposer composer) {
		this.composer = composer;
	}

	@EventListener
	void onChange(SubscriptionChanged event) {
		Subscription s = event.subscription();
		if (event.created() && s.channel() == Channel.EMAIL && s.status() == SubscriptionStatus.UNVERIFIED) {
			try {
				this.composer.send(this.composer.verification(s));
			}
			catch (MailException | MessagingException ex) {
				logger.warn("Verification mail for subscription {} not sent: {}", s.id(), ex.getMessage());
			}
		}
	}

}
