/**
 * Standard Webhooks delivery: secrets, signatures, the HTTP sender and the SSRF guard.
 */
package io.chainsignal.notification.webhook;
