/**
 * Token metadata ({@code name}, {@code symbol}, {@code decimals}) read with
 * {@code eth_call} and kept in a bounded cache. A token whose calls fail gets
 * {@code token: null}; metadata never holds the stream back.
 */
package io.chainsignal.listener.token;
