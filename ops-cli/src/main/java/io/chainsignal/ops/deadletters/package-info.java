/**
 * {@code chainsignal-ops replay-dead-letters}: re-injects the records of a dead-letter
 * topic into the topic they came from, after the cause was fixed. The command line is
 * {@link io.chainsignal.ops.deadletters.ReplayDeadLettersCommand}, the work
 * {@link io.chainsignal.ops.deadletters.DeadLetterReplay}.
 */
package io.chainsignal.ops.deadletters;
