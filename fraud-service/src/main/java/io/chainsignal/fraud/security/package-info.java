/**
 * API-key authentication of the REST API and the admin-tenant check.
 */
package io.chainsignal.fraud.security;
