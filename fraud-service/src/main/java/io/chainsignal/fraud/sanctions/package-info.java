/**
 * The sanctions list: the shipped OFAC snapshot, the admin endpoint that replaces it and
 * its storage.
 */
package io.chainsignal.fraud.sanctions;
