package io.chainsignal.notification.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A REST client of the service for one API key; never throws on an error status, so tests
 * assert on it.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient client;

	public Api(int port, String apiKey) {
		RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
		if (apiKey != null) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
		}
		this.client = builder.build();
	}

	public Response get(String path) {
		return call(HttpMethod.GET, path, null);
	}

	public Response post(String path, String json) {
		return call(HttpMethod.POST, path, json);
	}

	public Response patch(String path, String json) {
		return call(HttpMethod.PATCH, path, json);
	}

	public Response delete(String path) {
		return call(HttpMethod.DELETE, path, null);
	}

	public Response call(HttpMethod method, String path, String json) {
		RestClient.RequestBodySpec spec = this.client.method(method).uri(path);
		if (json != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return spec.exchange((request, response) -> {
			byte[] bytes = response.getBody().readAllBytes();
			String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
			JsonNode body = null;
			MediaType type = response.getHeaders().getContentType();
			if (!text.isEmpty() && type != null && type.getSubtype().contains("json")) {
				body = JSON.readTree(text);
			}
			return new Response(response.getStatusCode().value(), body, text, response.getHeaders());
		});
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param json the body as JSON, or null
	 * @param text the body as text
	 * @param headers the headers
	 */
	public record Response(int status, JsonNode json, String text, HttpHeaders headers) {

		@Override
		public String toString() {
			return this.status + " " + this.text;
		}

	}

}
