/**
 * What every REST controller shares: RFC 9457 problem details for errors, and the OpenAPI
 * description.
 */
package io.chainsignal.notification.api;
