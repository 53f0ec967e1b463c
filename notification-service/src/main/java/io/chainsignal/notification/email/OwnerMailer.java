package io.chainsignal.notification.email;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.notification.delivery.SubscriptionDisabled;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a tenant's owner address, when one is configured, that the service disabled one
 * of its subscriptions.
 */
@Component
class OwnerMailer {

	private static final Logger logger = LoggerFactory.getLogger(OwnerMailer.class);

	private final MailComposer composer;

	private final EmailSettings settings;

	OwnerMailer(MailComposer composer, EmailSettings settings) {
		this.composer = composer;
		this.settings = settings;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onDisabled(SubscriptionDisabled event) {
		String owner = this.settings.owners().get(event.subscription().tenant());
		if (owner == null) {
			return;
		}
		try {
			this.composer.send(this.composer.disabled(event.subscription(), owner, event.reason()));
		}
		catch (MailException | MessagingException ex) {
			logger.warn("Could not tell {} that subscription {} was disabled: {}", owner, event.subscription().id(),
					ex.getMessage());
		}
	}

}
