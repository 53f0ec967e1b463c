package io.chainsignal.notification.email;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;

import io.chainsignal.notification.delivery.DeliveryStore;
import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionChanged;
import io.chainsignal.notification.subscription.SubscriptionStatus;
import io.chainsignal.notification.subscription.SubscriptionStore;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The links in mails, authenticated by their unguessable token instead of an API key:
 * verification (double opt-in) and unsubscribe. A GET on the unsubscribe link only shows
 * a button, so mail scanners that prefetch links cannot unsubscribe anyone; mail clients'
 * one-click unsubscribe POSTs.
 */
@RestController
@RequestMapping("/api/v1/email")
class EmailLinksController {

	private final SubscriptionStore store;

	private final DeliveryStore deliveries;

	private final ApplicationEventPublisher events;

	EmailLinksController(SubscriptionStore store, DeliveryStore deliveries, ApplicationEventPublisher events) {
		this.store = store;
		this.deliveries = deliveries;
		this.events = events;
	}

	@Operation(summary = "Confirm an email address (the link in the verification mail)")
	@GetMapping(path = "/verify", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> verify(@RequestParam String token) {
		Optional<Subscription> found = this.store.findByToken("verify_token", token);
		if (found.isEmpty()) {
			return page(404, "This link is not valid.");
		}
		Optional<Subscription> verified = this.store.transition(found.get().id(), SubscriptionStatus.UNVERIFIED,
				SubscriptionStatus.ACTIVE, null);
		verified.ifPresent((s) -> this.events.publishEvent(new SubscriptionChanged(s, false)));
		return page(200, "Confirmed: alerts \"" + found.get().name() + "\" will be mailed to this address.");
	}

	@Operation(summary = "Show the unsubscribe button (the link in every mail)")
	@GetMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirmUnsubscribe(@RequestParam String token) {
		if (this.store.findByToken("unsubscribe_token", token).isEmpty()) {
			return page(404, "This link is not valid.");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.body("<html><body><form method=\"post\" action=\"?token=" + HtmlUtils.htmlEscape(token)
					+ "\"><button type=\"submit\">Unsubscribe</button></form></body></html>");
	}

	@Operation(summary = "Unsubscribe (RFC 8058 one-click)")
	@PostMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> unsubscribe(@RequestParam String token) {
		Optional<Subscription> found = this.store.findByToken("unsubscribe_token", token);
		if (found.isEmpty()) {
			return page(404, "This link is not valid.");
		}
		for (SubscriptionStatus from : new SubscriptionStatus[] { SubscriptionStatus.ACTIVE, SubscriptionStatus.PAUSED,
				SubscriptionStatus.UNVERIFIED }) {
			this.store
				.transition(found.get().id(), from, SubscriptionStatus.UNSUBSCRIBED, "The recipient unsubscribed.")
				.ifPresent((s) -> {
					this.deliveries.cancelOpen(s.id(), "The recipient unsubscribed.");
					this.events.publishEvent(new SubscriptionChanged(s, false));
				});
		}
		return page(200, "Unsubscribed: no more alerts \"" + found.get().name() + "\" will be mailed.");
	}

	private static ResponseEntity<String> page(int status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.TEXT_HTML)
			.body("<html><body><p>" + HtmlUtils.htmlEscape(message) + "</p></body></html>");
	}

}
