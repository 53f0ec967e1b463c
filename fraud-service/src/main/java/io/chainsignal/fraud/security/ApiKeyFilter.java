package io.chainsignal.fraud.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} (decided on the container-resolved path) with
 * {@code Authorization: Bearer <key>}: hashes the key with SHA-256 and compares it with
 * every tenant's configured hash in constant time; admin endpoints also need an admin
 * tenant. Keys are never logged.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private final SecuritySettings settings;

	ApiKeyFilter(SecuritySettings settings) {
		this.settings = settings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !(path.equals("/api") || path.startsWith("/api/"));
	}

	/**
	 * The path the container resolved (decoded, path parameters and dot segments
	 * removed), which is what Spring MVC maps; never the raw request URI, which tricks
	 * such as {@code /api;x=1/v1/alerts} or {@code /api/v1/./alerts} would get past.
	 */
	static String path(HttpServletRequest request) {
		String servletPath = (request.getServletPath() != null) ? request.getServletPath() : "";
		String pathInfo = (request.getPathInfo() != null) ? request.getPathInfo() : "";
		return (servletPath + pathInfo).replaceAll("/{2,}", "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		String tenant = null;
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tenant = tenantOf(header.substring(7).trim());
		}
		if (tenant == null) {
			problem(response, HttpStatus.UNAUTHORIZED, "Send a valid API key as Authorization: Bearer <key>.");
			return;
		}
		if (isAdminEndpoint(request) && !this.settings.adminTenants().contains(tenant)) {
			problem(response, HttpStatus.FORBIDDEN, "This endpoint is for admin tenants only.");
			return;
		}
		request.setAttribute(Tenants.ATTRIBUTE, tenant);
		chain.doFilter(request, response);
	}

	private static boolean isAdminEndpoint(HttpServletRequest request) {
		return path(request).startsWith("/api/v1/sanctions-list");
	}

	private String tenantOf(String key) {
		byte[] presented = sha256Hex(key).getBytes(StandardCharsets.US_ASCII);
		String match = null;
		for (Map.Entry<String, String> entry : this.settings.apiKeys().entrySet()) {
			byte[] expected = entry.getValue()
				.trim()
				.toLowerCase(java.util.Locale.ROOT)
				.getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(presented, expected) && match == null) {
				match = entry.getKey();
			}
		}
		return match;
	}

	static String sha256Hex(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
