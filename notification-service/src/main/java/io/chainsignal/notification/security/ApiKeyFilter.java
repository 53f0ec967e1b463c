package io.chainsignal.notification.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every {@code /api/v1} call except the email links with
 * {@code Authorization: Bearer <api key>} and records the tenant; answers 401 with a
 * problem detail otherwise. The key is never logged.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiKeys apiKeys;

	ApiKeyFilter(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// the decoded, normalised path: "/api/v1/email/../subscriptions" is not an email
		// link
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		return !path.startsWith("/api/v1/") || path.startsWith("/api/v1/email/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		Optional<String> tenant = (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
				? this.apiKeys.tenantOf(header.substring(BEARER.length()).trim()) : Optional.empty();
		if (tenant.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
						+ "\"detail\":\"Send Authorization: Bearer <api key> with a key configured for your tenant.\"}");
			return;
		}
		request.setAttribute(Tenants.ATTRIBUTE, tenant.get());
		chain.doFilter(request, response);
	}

}
