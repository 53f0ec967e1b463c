/**
 * Test fixtures of notification-service's integration tests: the shared Spring context, a
 * real webhook receiver that verifies signatures its own way, a REST client and an event
 * publisher.
 */
package io.chainsignal.notification.support;
