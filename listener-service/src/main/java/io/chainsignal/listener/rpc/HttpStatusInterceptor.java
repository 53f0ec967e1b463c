package io.chainsignal.listener.rpc;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Turns a non-2xx answer into an {@link RpcHttpException} carrying the status and any
 * {@code Retry-After}, which web3j's own error does not expose.
 */
final class HttpStatusInterceptor implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		if (response.isSuccessful()) {
			return response;
		}
		Duration retryAfter = parseRetryAfter(response.header("Retry-After"), Instant.now());
		response.close();
		throw new RpcHttpException(response.code(), retryAfter);
	}

	/**
	 * {@code Retry-After} is either delay-seconds or an HTTP date (RFC 9110, section
	 * 10.2.3).
	 */
	static Duration parseRetryAfter(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration delay = Duration.between(now, at);
				return delay.isNegative() ? Duration.ZERO : delay;
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

}
