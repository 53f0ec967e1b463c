package io.chainsignal.fraud.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API keys: a valid key names its tenant, anything else is 401, and admin endpoints need
 * an admin tenant.
 */
class ApiKeyFilterTest {

	final ApiKeyFilter filter = new ApiKeyFilter(new SecuritySettings(
			Map.of("acme", ApiKeyFilter.sha256Hex("acme-key"), "ops", ApiKeyFilter.sha256Hex("ops-key").toUpperCase()),
			List.of("ops")));

	@Test
	void aValidKeyNamesItsTenant() throws Exception {
		MockHttpServletRequest request = request("GET", "/api/v1/alerts", "Bearer acme-key");
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(Tenants.current(request)).isEqualTo("acme");
	}

	@Test
	void aConfiguredKeyThatIsNotASha256IsRefusedAtStartUp() {
		assertThatThrownBy(() -> new SecuritySettings(Map.of("acme", "acme-key"), List.of()))
			.hasMessageContaining("chainsignal.security.api-keys.acme")
			.hasMessageContaining("64 hex characters")
			.hasMessageNotContaining("acme-key");
	}

	@Test
	void aMissingOrWrongKeyIsUnauthorized() throws Exception {
		for (String header : new String[] { null, "Bearer nope", "Basic YWNtZTphY21lLWtleQ==", "Bearer " }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			this.filter.doFilter(request("GET", "/api/v1/alerts", header), response, chain);
			assertThat(response.getStatus()).as(String.valueOf(header)).isEqualTo(401);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getContentAsString()).doesNotContain("nope");
			assertThat(chain.getRequest()).isNull();
		}
	}

	@Test
	void adminEndpointsNeedAnAdminTenant() throws Exception {
		MockHttpServletResponse forbidden = new MockHttpServletResponse();
		this.filter.doFilter(request("PUT", "/api/v1/sanctions-list", "Bearer acme-key"), forbidden,
				new MockFilterChain());
		assertThat(forbidden.getStatus()).isEqualTo(403);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request("PUT", "/api/v1/sanctions-list", "Bearer ops-key"), new MockHttpServletResponse(),
				chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void otherPathsAreNotFiltered() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request("GET", "/actuator/health", null), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void pathTricksAreJudgedOnTheResolvedPath() throws Exception {
		for (String raw : new String[] { "/api;x=1/v1/alerts", "/api/v1/./alerts", "//api/v1/alerts",
				"/api/v1/%61lerts" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", raw);
			// what the container resolves and Spring MVC maps
			request.setServletPath(raw.startsWith("//") ? "//api/v1/alerts" : "/api/v1/alerts");
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			this.filter.doFilter(request, response, chain);
			assertThat(response.getStatus()).as(raw).isEqualTo(401);
			assertThat(chain.getRequest()).as(raw).isNull();
		}
		MockHttpServletRequest admin = new MockHttpServletRequest("PUT", "/api/v1/./sanctions-list");
		admin.setServletPath("/api/v1/sanctions-list");
		admin.addHeader("Authorization", "Bearer acme-key");
		MockHttpServletResponse forbidden = new MockHttpServletResponse();
		this.filter.doFilter(admin, forbidden, new MockFilterChain());
		assertThat(forbidden.getStatus()).isEqualTo(403);
	}

	private static MockHttpServletRequest request(String method, String uri, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.setServletPath(uri);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}
