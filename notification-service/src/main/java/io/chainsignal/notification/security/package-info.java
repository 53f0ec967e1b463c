/**
 * Tenants and API-key authentication of the management API.
 */
package io.chainsignal.notification.security;
