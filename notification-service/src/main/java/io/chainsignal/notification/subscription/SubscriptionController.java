package io.chainsignal.notification.subscription;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;

import io.chainsignal.notification.api.PageCursor;
import io.chainsignal.notification.api.Pages;
import io.chainsignal.notification.delivery.DeliveryStore;
import io.chainsignal.notification.delivery.DeliveryView;
import io.chainsignal.notification.security.Tenants;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API v1 for subscriptions; every call is scoped to the tenant of its API key.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

	private final SubscriptionService service;

	private final DeliveryStore deliveries;

	SubscriptionController(SubscriptionService service, DeliveryStore deliveries) {
		this.service = service;
		this.deliveries = deliveries;
	}

	@Operation(summary = "Create a subscription; a webhook's signing secret is in this answer only")
	@PostMapping
	ResponseEntity<SubscriptionView> create(
			@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@Valid @RequestBody SubscriptionRequest request) {
		Subscription created = this.service.create(tenant, request);
		return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.id()))
			.body(SubscriptionView.of(created, true));
	}

	@Operation(
			summary = "List the tenant's subscriptions, oldest first; a Link header (rel=next) leads to the next page")
	@GetMapping
	ResponseEntity<List<SubscriptionView>> list(
			@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "from the previous page's Link header") @RequestParam(
					required = false) String cursor) {
		int size = Math.clamp(limit, 1, 1000);
		List<SubscriptionView> fetched = this.service.list(tenant, size + 1, PageCursor.parse(cursor))
			.stream()
			.map((s) -> SubscriptionView.of(s, false))
			.toList();
		return Pages.of(fetched, size, "/api/v1/subscriptions", (s) -> PageCursor.after(s.createdAt(), s.id()));
	}

	@Operation(summary = "Get one subscription")
	@GetMapping("/{id}")
	SubscriptionView get(@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@PathVariable UUID id) {
		return SubscriptionView.of(this.service.get(tenant, id), false);
	}

	@Operation(summary = "Pause, resume, rename, retarget or change the filter of a subscription")
	@PatchMapping("/{id}")
	SubscriptionView update(@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@PathVariable UUID id, @Valid @RequestBody SubscriptionPatch patch) {
		return SubscriptionView.of(this.service.update(tenant, id, patch), false);
	}

	@Operation(summary = "Delete a subscription; what it still had to deliver is cancelled")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@PathVariable UUID id) {
		this.service.delete(tenant, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Rotate the signing secret; the previous one keeps signing during the overlap")
	@PostMapping("/{id}/rotate-secret")
	SubscriptionView rotateSecret(@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@PathVariable UUID id) {
		return SubscriptionView.of(this.service.rotateSecret(tenant, id), true);
	}

	@Operation(summary = "Send a subscription.test delivery")
	@PostMapping("/{id}/test")
	ResponseEntity<DeliveryView> test(@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@PathVariable UUID id) {
		return ResponseEntity.accepted().body(this.service.test(tenant, id));
	}

	@Operation(
			summary = "List a subscription's deliveries, newest first; a Link header (rel=next) leads to the next page")
	@GetMapping("/{id}/deliveries")
	ResponseEntity<List<DeliveryView>> deliveries(
			@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant, @PathVariable UUID id,
			@RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "from the previous page's Link header") @RequestParam(
					required = false) String cursor) {
		this.service.get(tenant, id);
		int size = Math.clamp(limit, 1, 1000);
		return Pages.of(this.deliveries.list(tenant, id, size + 1, PageCursor.parse(cursor)), size,
				"/api/v1/subscriptions/" + id + "/deliveries", (d) -> PageCursor.after(d.createdAt(), d.id()));
	}

}
