/**
 * notification-service: matches token transfers and risk alerts against tenants'
 * subscriptions and delivers them as Standard Webhooks or email, through a durable
 * outbox.
 */
package io.chainsignal.notification;
