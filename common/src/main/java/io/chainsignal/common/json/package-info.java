/**
 * The one JSON dialect of the contract: the shared Jackson mapper, the Kafka serde base
 * classes, the wire-format checks and the exception every invalid event raises.
 */
package io.chainsignal.common.json;
