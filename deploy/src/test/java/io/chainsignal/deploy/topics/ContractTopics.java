package io.chainsignal.deploy.topics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chainsignal.common.topic.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics that a deployment must create, from common's {@link Topics}, and the
 * partition rule for their dead-letter topics. Shared by the compose and chart tests.
 */
public final class ContractTopics {

	private static final Pattern TOPIC = Pattern.compile("--topic (\\S+) --partitions (\\d+)");

	private ContractTopics() {
	}

	/**
	 * Every topic named in {@link Topics}: its constants except consumer groups.
	 * @return the topic names
	 */
	public static Set<String> names() {
		Set<String> topics = new HashSet<>();
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
					&& !field.getName().endsWith("_GROUP")) {
				try {
					topics.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return topics;
	}

	/**
	 * The topics and partitions a script creates with {@code kafka-topics.sh}.
	 * @param script the script
	 * @return topic to partitions
	 */
	public static Map<String, Integer> createdBy(String script) {
		Map<String, Integer> partitions = new java.util.HashMap<>();
		Matcher matcher = TOPIC.matcher(script);
		while (matcher.find()) {
			partitions.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
		}
		return partitions;
	}

	/**
	 * Asserts that a script creates exactly the contract's topics, each dead-letter topic
	 * with at least its source's partitions ({@code DeadLetterPublishingRecoverer} keeps
	 * a record's partition number).
	 * @param script the script
	 */
	public static void assertCreatesTheContract(String script) {
		Map<String, Integer> partitions = createdBy(script);
		assertThat(partitions.keySet()).containsExactlyInAnyOrderElementsOf(names());
		for (String source : List.of(Topics.TOKEN_TRANSFERS, Topics.FRAUD_ALERTS)) {
			partitions.keySet()
				.stream()
				.filter((topic) -> topic.startsWith(source + "-") && topic.endsWith("-dlt"))
				.forEach((deadLetters) -> assertThat(partitions.get(deadLetters)).as(deadLetters)
					.isGreaterThanOrEqualTo(partitions.get(source)));
		}
	}

}
