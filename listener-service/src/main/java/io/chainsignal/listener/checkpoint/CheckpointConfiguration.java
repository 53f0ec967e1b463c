package io.chainsignal.listener.checkpoint;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.chainsignal.common.topic.Topics;
import io.chainsignal.listener.ingest.ChainIdentity;
import io.chainsignal.listener.ingest.CursorStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the Kafka side of exactly-once: one transactional id per chain
 * ({@code <prefix><chain id>-0}), the cursor store, and the topics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicSettings.class)
class CheckpointConfiguration {

	static final String DEFAULT_TRANSACTION_ID_PREFIX = "chainsignal-listener-";

	@Bean
	DefaultKafkaProducerFactoryCustomizer transactionalIdPerChain(ChainIdentity chain, KafkaProperties kafka) {
		String prefix = Optional.ofNullable(kafka.getProducer().getTransactionIdPrefix())
			.orElse(DEFAULT_TRANSACTION_ID_PREFIX);
		return (factory) -> {
			factory.setTransactionIdPrefix(prefix + chain.chainId() + "-");
			// One producer, one suffix: the id is the same after a restart, which fences
			// a zombie predecessor.
			factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(1));
		};
	}

	@Bean
	CursorStore cursorStore(ChainIdentity chain, KafkaTemplate<String, byte[]> template, KafkaProperties kafka) {
		Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
		consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
		consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "chainsignal-listener-" + chain.chainId() + "-cursor-reader");
		return new KafkaCursorStore(chain.chainId(), template, consumer, Clock.systemUTC());
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(Admin.create(admin.getConfigurationProperties()));
	}

	@Bean
	@ConditionalOnProperty(name = "chainsignal.listener.topics.create", havingValue = "true", matchIfMissing = true)
	NewTopic tokenTransfersTopic(TopicSettings settings) {
		return TopicBuilder.name(Topics.TOKEN_TRANSFERS)
			.partitions(settings.partitions())
			.replicas(settings.replicas())
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "chainsignal.listener.topics.create", havingValue = "true", matchIfMissing = true)
	NewTopic listenerCheckpointsTopic(TopicSettings settings) {
		return TopicBuilder.name(Topics.LISTENER_CHECKPOINTS)
			.partitions(1)
			.replicas(settings.replicas())
			.compact()
			.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024))
			.build();
	}

}
