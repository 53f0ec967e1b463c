/**
 * The operator command line, {@code chainsignal-ops}: one subcommand per package.
 */
package io.chainsignal.ops;
