package io.chainsignal.fraud.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsBuilder;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.fraud.allowlist.Allowlist;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.sanctioned.SanctionsLookup;
import io.chainsignal.fraud.topology.FraudTopology;
import io.chainsignal.fraud.topology.TopologySettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the fraud topology into spring-kafka's Streams support (application id, EOS and
 * the dead-letter handler come from {@code spring.kafka.streams.*}) and declares the
 * topics fraud-service owns.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableScheduling
@EnableConfigurationProperties({ DetectorSettings.class, TopologySettings.class })
class StreamsConfiguration {

	@Bean
	FraudTopology fraudTopology(StreamsBuilder builder, TopologySettings topology, DetectorSettings detectors,
			SanctionsLookup sanctions, Allowlist allowlist) {
		FraudTopology fraud = new FraudTopology(topology, detectors, sanctions, allowlist);
		fraud.build(builder);
		return fraud;
	}

	@Bean
	NewTopic fraudAlertsTopic(@Value("${chainsignal.fraud.topics.alerts-partitions:3}") int partitions) {
		return TopicBuilder.name(Topics.FRAUD_ALERTS).partitions(partitions).build();
	}

	@Bean
	NewTopic fraudDeadLetterTopic(@Value("${chainsignal.fraud.topics.dead-letter-partitions:3}") int partitions) {
		return TopicBuilder.name(Topics.TOKEN_TRANSFERS_FRAUD_DLT).partitions(partitions).build();
	}

}
