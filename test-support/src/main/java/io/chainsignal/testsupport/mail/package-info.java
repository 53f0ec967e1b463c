/**
 * SMTP for integration tests: GreenMail on a free port, and what it received, as
 * {@link io.chainsignal.testsupport.mail.ReceivedMail}.
 */
package io.chainsignal.testsupport.mail;
