package io.chainsignal.fraud.sanctions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading the sanctions list from SDN advanced XML, classic SDN XML and plain lines, and
 * replacing it with a report of the difference.
 */
class SanctionsParserTest {

	static final String ADVANCED = """
			<?xml version="1.0" encoding="utf-8"?>
			<Sanctions xmlns="https://www.treasury.gov/ofac/DeltaFile/1.0">
			  <ReferenceValueSets>
			    <FeatureTypeValues>
			      <FeatureType ID="344" FeatureTypeGroupID="1">Digital Currency Address - XBT</FeatureType>
			      <FeatureType ID="345" FeatureTypeGroupID="1">Digital Currency Address - ETH</FeatureType>
			      <FeatureType ID="25" FeatureTypeGroupID="2">Vessel Flag</FeatureType>
			    </FeatureTypeValues>
			  </ReferenceValueSets>
			  <DistinctParties>
			    <DistinctParty FixedRef="1"><Profile ID="1">
			      <Feature ID="1" FeatureTypeID="345"><FeatureVersion ID="1">
			        <VersionDetail DetailTypeID="1432">0x098B716B8Aaf21512996dC57EB0615e2383E2f96</VersionDetail>
			      </FeatureVersion></Feature>
			      <Feature ID="2" FeatureTypeID="344"><FeatureVersion ID="2">
			        <VersionDetail DetailTypeID="1432">1ECeZBxCVJ8Wm2JSN3Cyc6rge2gnvD3W5K</VersionDetail>
			      </FeatureVersion></Feature>
			      <Feature ID="3" FeatureTypeID="25"><FeatureVersion ID="3">
			        <VersionDetail DetailTypeID="1">0x1111111111111111111111111111111111111111</VersionDetail>
			      </FeatureVersion></Feature>
			    </Profile></DistinctParty>
			  </DistinctParties>
			</Sanctions>
			""";

	@Test
	void readsEvmAddressesFromTheAdvancedFormatOnly() {
		assertThat(SanctionsParser.parse(ADVANCED.getBytes(StandardCharsets.UTF_8)))
			.containsExactly("0x098b716b8aaf21512996dc57eb0615e2383e2f96");
	}

	@Test
	void readsTheClassicFormat() {
		String classic = """
				<sdnList><sdnEntry><idList>
				<id><idType>Digital Currency Address - ETH</idType><idNumber>0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B</idNumber></id>
				<id><idType>Passport</idType><idNumber>0x2222222222222222222222222222222222222222</idNumber></id>
				</idList></sdnEntry></sdnList>
				""";
		assertThat(SanctionsParser.parse(classic.getBytes(StandardCharsets.UTF_8)))
			.containsExactly("0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b");
	}

	@Test
	void readsOneAddressPerLineAndRejectsAnythingElse() {
		assertThat(SanctionsParser.parse("# list\n\n0xA0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B\r\n".getBytes()))
			.containsExactly("0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b");
		assertThatIllegalArgumentException().isThrownBy(() -> SanctionsParser.parse("0x12\n".getBytes()))
			.withMessageContaining("Line 1");
		assertThatIllegalArgumentException().isThrownBy(() -> SanctionsParser.parse("<html></html>".getBytes()))
			.withMessageContaining("neither");
	}

	@Test
	void theShippedSnapshotHoldsTheLazarusAddressesAndNotTornadoCash() throws IOException {
		Set<String> snapshot = SanctionsConfiguration.snapshot();
		assertThat(snapshot).containsExactlyInAnyOrder("0x098b716b8aaf21512996dc57eb0615e2383e2f96",
				"0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b", "0x3cffd56b47b7b41c56258d9c7731abadc360e073",
				"0x53b6936513e738f44fb50d2b9476730c0ab3bfc1");
	}

	@Test
	void replacingReportsWhatWasAddedAndRemoved() {
		SanctionsList list = new SanctionsList(Set.of("0x" + "1".repeat(40), "0x" + "2".repeat(40)), "test");
		SanctionsList.Change change = list.replace(Set.of("0x" + "2".repeat(40), "0x" + "3".repeat(40)), "next");
		assertThat(change.added()).containsExactly("0x" + "3".repeat(40));
		assertThat(change.removed()).containsExactly("0x" + "1".repeat(40));
		assertThat(list.isListed("0x" + "3".repeat(40))).isTrue();
		assertThat(list.isListed("0x" + "1".repeat(40))).isFalse();
	}

}
