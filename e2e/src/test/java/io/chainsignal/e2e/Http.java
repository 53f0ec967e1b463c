package io.chainsignal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the services' REST APIs, as a user's script would call them. */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final ObjectMapper JSON = JsonMapper.builder().build();

	private Http() {
	}

	/**
	 * GETs a resource.
	 * @return the body, or null on 404
	 * @throws IllegalStateException on any other non-2xx answer or no answer
	 */
	static JsonNode get(URI uri, String apiKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		return send(request.build());
	}

	static JsonNode post(URI uri, String apiKey, Object body) {
		return send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + apiKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	private static JsonNode send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 404) {
				return null;
			}
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
