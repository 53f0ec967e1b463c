/**
 * Stored alerts: the listener that fills the table from fraud-alerts and the REST API
 * over it.
 */
package io.chainsignal.fraud.alerts;
