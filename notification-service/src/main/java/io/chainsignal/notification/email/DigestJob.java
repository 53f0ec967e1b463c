package io.chainsignal.notification.email;

import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.notification.delivery.DeliveryStore;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each digest subscription what waited for it, at most once per period and once its
 * oldest waiting event is a period old (so a digest gathers a period's worth): one
 * transaction per subscription locks its row ({@code SKIP LOCKED}, so instances share the
 * work), sends one mail and marks its deliveries sent; a mail server that is down rolls
 * back and the digest is tried at the next check.
 */
@Component
class DigestJob {

	private static final Logger logger = LoggerFactory.getLogger(DigestJob.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SubscriptionStore subscriptions;

	private final DeliveryStore deliveries;

	private final MailComposer composer;

	private final EmailSettings settings;

	DigestJob(JdbcClient jdbc, TransactionTemplate transaction, SubscriptionStore subscriptions,
			DeliveryStore deliveries, MailComposer composer, EmailSettings settings) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.composer = composer;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${chainsignal.notification.email.digest-check-interval:1m}")
	void sendDueDigests() {
		for (UUID id : due()) {
			try {
				this.transaction.executeWithoutResult((status) -> sendDigest(id));
			}
			catch (RuntimeException ex) {
				logger.warn("Digest for subscription {} not sent, trying at the next check: {}", id, ex.getMessage());
			}
		}
	}

	private List<UUID> due() {
		return this.jdbc.sql("""
				with period as (
				    select s.id, s.digest_sent_at,
				        case s.digest when 'hourly' then ? else ? end * interval '1 millisecond' as length
				    from subscription s
				    where s.channel = 'email' and s.digest <> 'none' and s.status = 'active')
				select p.id from period p
				where (p.digest_sent_at is null or p.digest_sent_at + p.length <= now())
				    and (select min(d.created_at) from delivery d
				         where d.subscription_id = p.id and d.status = 'digest') + p.length <= now()""")
			.params(this.settings.hourly().toMillis(), this.settings.daily().toMillis())
			.query(UUID.class)
			.list();
	}

	private void sendDigest(UUID id) {
		List<UUID> locked = this.jdbc
			.sql("select id from subscription where id = ? and status = 'active' for update skip locked")
			.param(id)
			.query(UUID.class)
			.list();
		if (locked.isEmpty()) {
			return;
		}
		Subscription subscription = this.subscriptions.find(id).orElseThrow();
		List<DeliveryStore.Waiting> waiting = this.deliveries.waitingForDigest(id);
		if (waiting.isEmpty()) {
			return;
		}
		try {
			this.composer.send(this.composer.notification(subscription,
					waiting.stream().map(DeliveryStore.Waiting::payload).toList()));
		}
		catch (MailException | MessagingException ex) {
			throw new IllegalStateException("mail not sent: " + ex.getMessage(), ex);
		}
		this.deliveries.digestSent(waiting.stream().map(DeliveryStore.Waiting::id).toList());
		this.jdbc.sql("update subscription set digest_sent_at = now() where id = ?").param(id).update();
	}

}
