/**
 * Token statistics: top tokens, totals, time series and holders, read from the rollups
 * and balances.
 */
package io.chainsignal.analytics.stats;
