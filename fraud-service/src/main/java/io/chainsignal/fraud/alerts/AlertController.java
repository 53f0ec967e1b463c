package io.chainsignal.fraud.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.chainsignal.common.alert.DetectorFinding;
import io.chainsignal.fraud.allowlist.AllowlistRepository;
import io.chainsignal.fraud.security.Tenants;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API v1 over the stored alerts: search with a cursor, one alert, and feedback that
 * turns a false positive into allowlist entries.
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts")
class AlertController {

	static final int DEFAULT_LIMIT = 50;

	private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");

	private static final Pattern ALERT_ID = Pattern.compile("[0-9a-f]{64}");

	private final AlertStore store;

	private final AllowlistRepository allowlist;

	private final JdbcClient jdbc;

	AlertController(AlertStore store, AllowlistRepository allowlist, JdbcClient jdbc) {
		this.store = store;
		this.allowlist = allowlist;
		this.jdbc = jdbc;
	}

	@GetMapping
	@Operation(summary = "Search alerts, newest first",
			description = "Pass next_cursor of a page as cursor to get the next one.")
	AlertPage search(@RequestParam(name = "chain_id", required = false) Long chainId,
			@Parameter(description = "Subject or counterparty address") @RequestParam(required = false) String address,
			@RequestParam(name = "min_score", required = false) Integer minScore,
			@Parameter(description = "ISO-8601 instant, such as 2026-11-01T00:00:00Z") @RequestParam(
					required = false) String since,
			@RequestParam(required = false) String cursor,
			@RequestParam(required = false, defaultValue = "" + DEFAULT_LIMIT) int limit) {
		if (chainId != null && chainId < 1) {
			throw new IllegalArgumentException("chain_id must be a positive EIP-155 chain id, got " + chainId);
		}
		String normalised = (address != null) ? address.toLowerCase(Locale.ROOT) : null;
		if (normalised != null && !ADDRESS.matcher(normalised).matches()) {
			throw new IllegalArgumentException("address must be 0x and 40 hex characters");
		}
		if (minScore != null && (minScore < 0 || minScore > 100)) {
			throw new IllegalArgumentException("min_score must be from 0 to 100, got " + minScore);
		}
		if (limit < 1 || limit > 200) {
			throw new IllegalArgumentException("limit must be from 1 to 200, got " + limit);
		}
		List<AlertView> alerts = this.store.search(
				new AlertStore.AlertQuery(chainId, normalised, minScore, parseSince(since), decodeCursor(cursor)),
				limit + 1);
		String next = null;
		if (alerts.size() > limit) {
			alerts = alerts.subList(0, limit);
			next = encodeCursor(alerts.get(limit - 1).seq());
		}
		return new AlertPage(alerts, next);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One alert by its alert_id")
	AlertView get(@PathVariable String id) {
		return this.store.find(checkId(id)).orElseThrow(() -> new NoSuchElementException("No alert " + id));
	}

	@PostMapping("/{id}/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	@Operation(summary = "Give feedback on an alert",
			description = "FALSE_POSITIVE allowlists the alert's subject for the alert's detectors (or those named).")
	FeedbackResult feedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest request,
			HttpServletRequest http) {
		AlertView alert = get(id);
		String tenant = Tenants.current(http);
		Long feedbackId = this.jdbc
			.sql("insert into fraud.feedback (alert_id, verdict, comment, tenant) values (?, ?, ?, ?) returning id")
			.params(alert.alertId(), request.verdict().name(), request.comment(), tenant)
			.query(Long.class)
			.single();
		List<String> allowlisted = new ArrayList<>();
		if (request.verdict() == Verdict.FALSE_POSITIVE) {
			List<String> alertDetectors = alert.detectors().stream().map(DetectorFinding::id).toList();
			List<String> detectors = (request.detectors() == null || request.detectors().isEmpty()) ? alertDetectors
					: request.detectors();
			for (String detector : detectors) {
				if (!alertDetectors.contains(detector)) {
					throw new IllegalArgumentException("detector " + detector + " is not part of alert " + id);
				}
				this.allowlist.add(alert.subjectAddress(), detector, "false positive on alert " + id + " by " + tenant);
				allowlisted.add(detector);
			}
		}
		return new FeedbackResult(feedbackId, alert.subjectAddress(), allowlisted);
	}

	private static String checkId(String id) {
		if (!ALERT_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("alert id must be 64 lower-case hex characters");
		}
		return id;
	}

	private static Instant parseSince(String since) {
		if (since == null) {
			return null;
		}
		try {
			return Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("since must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
		}
	}

	static String encodeCursor(long seq) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + seq).getBytes(StandardCharsets.UTF_8));
	}

	static Long decodeCursor(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith("seq:")) {
				throw new IllegalArgumentException("cursor is not one this API returned");
			}
			return Long.parseLong(text.substring(4));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("cursor is not one this API returned");
		}
	}

	/**
	 * One page of alerts.
	 *
	 * @param alerts the alerts, newest first
	 * @param nextCursor the cursor of the next page, or null on the last
	 */
	record AlertPage(List<AlertView> alerts, String nextCursor) {

	}

	/**
	 * Feedback on an alert.
	 *
	 * @param verdict the verdict
	 * @param comment free text, or null
	 * @param detectors for a false positive, the detectors to allowlist the subject for
	 * (default all of the alert's)
	 */
	record FeedbackRequest(@NotNull Verdict verdict, @Size(max = 2000) String comment, List<String> detectors) {

	}

	/**
	 * What feedback did.
	 *
	 * @param feedbackId the stored feedback
	 * @param address the alert's subject
	 * @param allowlistedDetectors the detectors the subject is now allowlisted for
	 */
	record FeedbackResult(long feedbackId, String address, List<String> allowlistedDetectors) {

	}

	/**
	 * A person's verdict on an alert.
	 */
	enum Verdict {

		/** The alert was wrong: allowlist its subject. */
		FALSE_POSITIVE,

		/** The alert was right. */
		TRUE_POSITIVE

	}

}
