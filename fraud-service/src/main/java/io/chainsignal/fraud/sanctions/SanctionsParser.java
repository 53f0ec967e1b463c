package io.chainsignal.fraud.sanctions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a sanctions list from OFAC's SDN advanced XML (every "Digital Currency Address"
 * feature whose value is an EVM address), OFAC's classic SDN XML ({@code idType} /
 * {@code idNumber}), or plain text with one address per line ({@code #} comments
 * allowed).
 */
final class SanctionsParser {

	private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

	private SanctionsParser() {
	}

	static Set<String> parse(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).strip();
		if (text.startsWith("<")) {
			return parseXml(body);
		}
		Set<String> addresses = new TreeSet<>();
		int lineNumber = 0;
		for (String line : text.split("\\R")) {
			lineNumber++;
			String value = line.strip();
			if (value.isEmpty() || value.startsWith("#")) {
				continue;
			}
			if (!ADDRESS.matcher(value).matches()) {
				throw new IllegalArgumentException("Line " + lineNumber
						+ " is not a 0x address of 40 hex characters: \"" + abbreviate(value) + "\"");
			}
			addresses.add(value.toLowerCase(Locale.ROOT));
		}
		return addresses;
	}

	private static Set<String> parseXml(byte[] body) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		Map<String, Boolean> digitalCurrencyTypes = new HashMap<>();
		Set<String> addresses = new TreeSet<>();
		Set<String> seenElements = new HashSet<>();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
			String featureTypeId = null;
			boolean inDigitalFeature = false;
			String idType = null;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamReader.START_ELEMENT) {
					String name = reader.getLocalName();
					seenElements.add(name);
					switch (name) {
						case "FeatureType" -> featureTypeId = reader.getAttributeValue(null, "ID");
						case "Feature" -> inDigitalFeature = Boolean.TRUE
							.equals(digitalCurrencyTypes.get(reader.getAttributeValue(null, "FeatureTypeID")));
						case "VersionDetail" -> {
							if (inDigitalFeature) {
								addIfAddress(reader.getElementText(), addresses);
							}
						}
						case "idType" -> idType = reader.getElementText();
						case "idNumber" -> {
							String value = reader.getElementText();
							if (idType != null && idType.startsWith("Digital Currency Address")) {
								addIfAddress(value, addresses);
							}
						}
						default -> {
						}
					}
					if ("FeatureType".equals(name) && featureTypeId != null) {
						String label = reader.getElementText();
						digitalCurrencyTypes.put(featureTypeId, label.startsWith("Digital Currency Address"));
					}
				}
				else if (event == XMLStreamReader.END_ELEMENT) {
					if ("Feature".equals(reader.getLocalName())) {
						inDigitalFeature = false;
					}
					else if ("id".equals(reader.getLocalName())) {
						idType = null;
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalArgumentException("Not well-formed XML: " + ex.getMessage(), ex);
		}
		if (!seenElements.contains("FeatureType") && !seenElements.contains("idType")) {
			throw new IllegalArgumentException(
					"XML is neither OFAC's SDN advanced format (FeatureType) nor its classic format (idType)");
		}
		return addresses;
	}

	private static void addIfAddress(String value, Set<String> addresses) {
		String trimmed = value.strip();
		if (ADDRESS.matcher(trimmed).matches()) {
			addresses.add(trimmed.toLowerCase(Locale.ROOT));
		}
	}

	private static String abbreviate(String value) {
		return (value.length() > 60) ? value.substring(0, 60) + "..." : value;
	}

}
