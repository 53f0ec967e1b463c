package io.chainsignal.notification.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The filter part of a create or update request, as sent by clients.
 *
 * @param addresses watched addresses (any case; stored lower-case)
 * @param direction {@code in}, {@code out} or {@code any} (default)
 * @param tokens token contracts, empty for any
 * @param tokenStandards {@code ERC20}, {@code ERC721}, {@code ERC1155}; empty for any
 * @param minValue smallest value in base units as a decimal string
 * @param eventTypes event types, default {@code transfer.confirmed}
 * @param minRiskScore smallest score of a delivered {@code risk.alert}
 * @param suppressSuspicious hold back zero-value, dust and look-alike transfers (default
 * true)
 */
record FilterRequest(@Size(max = 1000) List<@Pattern(regexp = ADDRESS, message = MUST_BE_ADDRESS) String> addresses,
		@Pattern(regexp = "in|out|any", message = "must be in, out or any") String direction,
		@Size(max = 1000) List<@Pattern(regexp = ADDRESS, message = MUST_BE_ADDRESS) String> tokens,
		@JsonProperty("token_standards") List<@Pattern(regexp = "ERC20|ERC721|ERC1155",
				message = "must be ERC20, ERC721 or ERC1155") String> tokenStandards,
		@Pattern(regexp = "0|[1-9][0-9]{0,77}",
				message = "must be a decimal integer in base units, as a string") @JsonProperty("min_value") String minValue,
		@JsonProperty("event_types") List<@Pattern(
				regexp = "transfer\\.confirmed|transfer\\.unconfirmed|transfer\\.removed|risk\\.alert",
				message = "must be transfer.confirmed, transfer.unconfirmed, transfer.removed or risk.alert") String> eventTypes,
		@Min(0) @Max(100) @JsonProperty("min_risk_score") Integer minRiskScore,
		@JsonProperty("suppress_suspicious") Boolean suppressSuspicious) {

	static final String ADDRESS = "0x[0-9a-fA-F]{40}";

	static final String MUST_BE_ADDRESS = "must be a 0x hex address of 20 bytes";

}
