package io.chainsignal.fraud.sanctions;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin endpoint that replaces the sanctions list and reports what changed.
 */
@RestController
@RequestMapping("/api/v1/sanctions-list")
@Tag(name = "sanctions")
class SanctionsController {

	private final SanctionsList list;

	private final SanctionsRepository repository;

	SanctionsController(SanctionsList list, SanctionsRepository repository) {
		this.list = list;
		this.repository = repository;
	}

	@PutMapping(consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Replace the sanctions list (admin tenants only)",
			description = "Body: OFAC SDN advanced XML (every Digital Currency Address feature holding an EVM address), "
					+ "OFAC classic SDN XML, or one 0x address per line with # comments. Answers what was added and removed.")
	SanctionsUpdate replace(@RequestBody byte[] body) {
		if (body == null || body.length == 0) {
			throw new IllegalArgumentException("The body is empty: send SDN XML or one address per line");
		}
		Set<String> addresses = SanctionsParser.parse(body);
		if (addresses.isEmpty()) {
			throw new IllegalArgumentException("The list holds no EVM address; refusing to empty the sanctions list");
		}
		String source = "admin upload of " + addresses.size() + " addresses";
		SanctionsList.Change change = this.list.replace(addresses, source);
		this.repository.replace(addresses, source, change.added().size(), change.removed().size());
		return new SanctionsUpdate(change.added(), change.removed(), change.total());
	}

	/**
	 * What a replacement changed.
	 *
	 * @param added addresses now listed that were not
	 * @param removed addresses no longer listed
	 * @param total addresses listed now
	 */
	record SanctionsUpdate(Set<String> added, Set<String> removed, int total) {

	}

}
