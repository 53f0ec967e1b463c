/**
 * Subscriptions: the REST API v1, their storage and the events announcing their changes.
 */
package io.chainsignal.notification.subscription;
