/**
 * What every API endpoint shares: parameter checks, problem details, amount formatting,
 * settings and the OpenAPI description.
 */
package io.chainsignal.analytics.web;
