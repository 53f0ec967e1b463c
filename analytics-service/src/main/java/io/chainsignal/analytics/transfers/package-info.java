/**
 * Transfer lists: an address's transfers and balances, and a transaction's transfers.
 */
package io.chainsignal.analytics.transfers;
