/**
 * Email delivery through Spring Mail: immediate mails, hourly and daily digests, double
 * opt-in and one-click unsubscribe.
 */
package io.chainsignal.notification.email;
