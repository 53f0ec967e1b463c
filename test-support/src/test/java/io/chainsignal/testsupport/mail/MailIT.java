package io.chainsignal.testsupport.mail;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailIT {

	@Test
	void mailSentOverSmtpIsReadBackWithSubjectBodyAndRecipient() throws Exception {
		MailServer mail = MailServer.shared();
		String recipient = "subscriber-" + UUID.randomUUID() + "@example.org";

		Properties properties = new Properties();
		properties.put("mail.smtp.host", mail.host());
		properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("alerts@chainsignal.io", "ChainSignal alerts", "UTF-8"));
		message.setRecipient(RecipientType.TO, new InternetAddress(recipient, "Subscriber", "UTF-8"));
		message.setSubject("Large transfer: 1,000,000 USDC");
		message.setText("0xf39F... sent 1000000 USDC to 0x7099... in block 42");
		Transport.send(message);

		List<ReceivedMail> received = mail.awaitMail(recipient, 1, Duration.ofSeconds(5));
		assertThat(received).singleElement().satisfies((mailed) -> {
			assertThat(mailed.to()).containsExactly(recipient);
			assertThat(mailed.from()).containsExactly("alerts@chainsignal.io");
			assertThat(mailed.subject()).isEqualTo("Large transfer: 1,000,000 USDC");
			assertThat(mailed.text()).isEqualTo("0xf39F... sent 1000000 USDC to 0x7099... in block 42");
		});
	}

}
