/**
 * The names every service agrees on: topics, consumer groups and per-group dead-letter
 * topics.
 */
package io.chainsignal.common.topic;
