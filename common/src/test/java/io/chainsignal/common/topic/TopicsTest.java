package io.chainsignal.common.topic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The topic, group and dead-letter names every service agrees on.
 */
class TopicsTest {

	@Test
	void topicsAndGroups() {
		assertThat(Topics.TOKEN_TRANSFERS).isEqualTo("token-transfers");
		assertThat(Topics.FRAUD_ALERTS).isEqualTo("fraud-alerts");
		assertThat(Topics.LISTENER_CHECKPOINTS).isEqualTo("listener-checkpoints");
		assertThat(Topics.ANALYTICS_GROUP).isEqualTo("analytics");
		assertThat(Topics.NOTIFICATION_GROUP).isEqualTo("notification");
		assertThat(Topics.FRAUD_GROUP).isEqualTo("fraud");
	}

	@Test
	void deadLetterTopicsAreTopicDashGroupDashDlt() {
		assertThat(Topics.deadLetterTopic("token-transfers", "analytics")).isEqualTo("token-transfers-analytics-dlt");
		assertThat(Topics.TOKEN_TRANSFERS_ANALYTICS_DLT)
			.isEqualTo(Topics.deadLetterTopic(Topics.TOKEN_TRANSFERS, Topics.ANALYTICS_GROUP));
		assertThat(Topics.TOKEN_TRANSFERS_NOTIFICATION_DLT).isEqualTo("token-transfers-notification-dlt")
			.isEqualTo(Topics.deadLetterTopic(Topics.TOKEN_TRANSFERS, Topics.NOTIFICATION_GROUP));
		assertThat(Topics.TOKEN_TRANSFERS_FRAUD_DLT).isEqualTo("token-transfers-fraud-dlt")
			.isEqualTo(Topics.deadLetterTopic(Topics.TOKEN_TRANSFERS, Topics.FRAUD_GROUP));
		assertThat(Topics.FRAUD_ALERTS_NOTIFICATION_DLT).isEqualTo("fraud-alerts-notification-dlt")
			.isEqualTo(Topics.deadLetterTopic(Topics.FRAUD_ALERTS, Topics.NOTIFICATION_GROUP));
	}

	@Test
	void deadLetterTopicNeedsPlainNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetterTopic("token-transfers", ""))
			.withMessage("group must be lower-case letters, digits, '.' and '-', got \"\"");
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetterTopic(null, "analytics"))
			.withMessage("topic must be lower-case letters, digits, '.' and '-', got null");
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetterTopic("Token Transfers", "analytics"))
			.withMessageStartingWith("topic must be");
	}

}
