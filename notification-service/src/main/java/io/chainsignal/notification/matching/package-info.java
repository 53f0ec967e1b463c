/**
 * Matching events to subscriptions through an in-memory index by watched address and
 * token, kept current on every instance, and the cheap local suspicion rules.
 */
package io.chainsignal.notification.matching;
