package io.chainsignal.notification.delivery;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import io.chainsignal.notification.api.ConflictException;
import io.chainsignal.notification.api.NotFoundException;
import io.chainsignal.notification.security.Tenants;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API v1 for deliveries: redelivery of a finished one, with the same webhook-id.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

	private final DeliveryStore store;

	DeliveryController(DeliveryStore store) {
		this.store = store;
	}

	@Operation(summary = "Deliver again a succeeded, failed or cancelled delivery, with the same webhook-id")
	@PostMapping("/{id}/redeliver")
	ResponseEntity<DeliveryView> redeliver(@Parameter(hidden = true) @RequestAttribute(Tenants.ATTRIBUTE) String tenant,
			@PathVariable UUID id) {
		this.store.find(tenant, id).orElseThrow(() -> new NotFoundException("No delivery " + id + "."));
		if (!this.store.redeliver(id)) {
			throw new ConflictException("Delivery " + id + " is still pending.");
		}
		return ResponseEntity.accepted().body(this.store.find(tenant, id).orElseThrow());
	}

}
