package io.chainsignal.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of every REST endpoint of a loaded analytics store: many sequential requests
 * per endpoint over varied parameters (popular and rare tokens, busy and quiet addresses,
 * every window, sort, interval and direction, first and next pages), after a warm-up,
 * from one client on the same machine. Each endpoint's figure is its p99 (the issue's
 * target: under {@value #TARGET_MILLIS} ms with 10 million transfers loaded); its raw
 * limit is the p99 of the cheapest route of the same process
 * ({@code /actuator/health/liveness}), the floor of HTTP on this machine at that moment.
 */
final class AnalyticsQueryLatency {

	static final long TARGET_MILLIS = 50;

	private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private AnalyticsQueryLatency() {
	}

	static List<Result> measure(URI base, AnalyticsWorkload workload, double scale)
			throws IOException, InterruptedException {
		int requests = (int) Math.max(100, Math.round(2_000 * scale));
		SplittableRandom random = new SplittableRandom(42);
		long chain = AnalyticsWorkload.CHAIN_ID;
		Map<String, Function<SplittableRandom, String>> endpoints = new LinkedHashMap<>();
		String[] windows = { "1h", "24h", "7d", "30d" };
		endpoints.put("GET /api/v1/tokens", (r) -> "/api/v1/tokens?sort=" + (r.nextBoolean() ? "volume" : "transfers")
				+ "&window=" + windows[r.nextInt(windows.length)] + "&limit=" + (10 + r.nextInt(91)));
		endpoints.put("GET /api/v1/tokens/{chainId}/{token}", (r) -> "/api/v1/tokens/" + chain + "/" + token(r));
		endpoints.put("GET /api/v1/tokens/{chainId}/{token}/series", (r) -> series(r, chain, workload));
		endpoints.put("GET /api/v1/tokens/{chainId}/{token}/holders",
				(r) -> "/api/v1/tokens/" + chain + "/" + token(r) + "/holders?limit=" + (10 + r.nextInt(91)));
		endpoints.put("GET /api/v1/addresses/{chainId}/{address}/transfers",
				(r) -> addressTransfers(r, chain, workload));
		endpoints.put("GET /api/v1/addresses/{chainId}/{address}/balances", (r) -> "/api/v1/addresses/" + chain + "/"
				+ workload.address(AnalyticsWorkload.skewed(r, workload.holders(), 2)) + "/balances");
		endpoints.put("GET /api/v1/transfers/{chainId}/{txHash}", (r) -> "/api/v1/transfers/" + chain + "/"
				+ AnalyticsWorkload.transactionHash(r.nextLong(workload.transfers())));
		endpoints.put("GET /api/v1/status", (r) -> "/api/v1/status");

		long[] floor = latencies(base, (r) -> "/actuator/health/liveness", random, requests, false).nanos();
		List<Result> results = new ArrayList<>();
		endpoints.forEach((name, path) -> {
			Samples samples = latencies(base, path, random, requests, name.endsWith("/transfers"));
			long[] nanos = samples.nanos();
			results.add(Result.atMost("Analytics p99 " + name, millis(nanos, 0.99), millis(floor, 0.99), "ms",
					TARGET_MILLIS,
					String.format(Locale.ROOT,
							"%,d sequential requests over varied parameters with %,d transfers loaded: p50 %.1f ms,"
									+ " p99 %.1f ms, max %.1f ms, %.1f%% within %d ms, %d answered 404 (a token"
									+ " the workload never used); raw limit: the p99 of"
									+ " /actuator/health/liveness of the same process (%.1f ms), the floor of HTTP on"
									+ " this machine at that moment.",
							nanos.length, workload.transfers(), millis(nanos, 0.50), millis(nanos, 0.99),
							millis(nanos, 1.0), within(nanos), TARGET_MILLIS, samples.notFound(),
							millis(floor, 0.99))));
		});
		return results;
	}

	private static String token(SplittableRandom random) {
		// half the requests on the popular tokens, half on any token
		int index = random.nextBoolean() ? AnalyticsWorkload.skewed(random, AnalyticsWorkload.TOKENS, 4)
				: random.nextInt(AnalyticsWorkload.TOKENS);
		return AnalyticsWorkload.tokenAddress(index);
	}

	private static String series(SplittableRandom random, long chain, AnalyticsWorkload workload) {
		boolean hourly = random.nextBoolean();
		long span = hourly ? (1 + random.nextInt(7 * 24)) * 3600L : (1 + random.nextInt(30)) * 86_400L;
		long to = workload.end() - random.nextLong(AnalyticsWorkload.SPAN_SECONDS - Math.min(span, 86_400L) + 1);
		return "/api/v1/tokens/" + chain + "/" + token(random) + "/series?interval=" + (hourly ? "hour" : "day")
				+ "&from=" + Instant.ofEpochSecond(to - span) + "&to=" + Instant.ofEpochSecond(to);
	}

	private static String addressTransfers(SplittableRandom random, long chain, AnalyticsWorkload workload) {
		String[] directions = { "any", "in", "out" };
		String path = "/api/v1/addresses/" + chain + "/"
				+ workload.address(AnalyticsWorkload.skewed(random, workload.holders(), 2)) + "/transfers?direction="
				+ directions[random.nextInt(3)] + "&limit=" + (10 + random.nextInt(91));
		return (random.nextInt(4) == 0) ? path + "&token=" + token(random) : path;
	}

	/** Sorted latencies of the measured requests, and how many answered 404. */
	private record Samples(long[] nanos, int notFound) {
	}

	private static Samples latencies(URI base, Function<SplittableRandom, String> path, SplittableRandom random,
			int requests, boolean followCursor) {
		int warmUp = Math.max(20, requests / 10);
		long[] nanos = new long[requests];
		int n = 0;
		int notFound = 0;
		String next = null;
		for (int i = 0; i < warmUp + requests; i++) {
			String target = (next != null) ? next : path.apply(random);
			long start = System.nanoTime();
			String body = get(base.resolve(target));
			long elapsed = System.nanoTime() - start;
			if (i >= warmUp) {
				nanos[n++] = elapsed;
				notFound += (body == null) ? 1 : 0;
			}
			next = null;
			if (followCursor && target.indexOf("&cursor=") < 0) {
				Matcher cursor = CURSOR.matcher((body != null) ? body : "");
				if (cursor.find()) {
					next = target + "&cursor=" + cursor.group(1);
				}
			}
		}
		Arrays.sort(nanos);
		return new Samples(nanos, notFound);
	}

	/** The body of a 200, or null for a 404 of an unknown token. */
	private static String get(URI uri) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			// a token the workload never used (at small scales) is a 404 by contract
			boolean unknownToken = response.statusCode() == 404 && uri.getPath().startsWith("/api/v1/tokens/");
			if (response.statusCode() != 200 && !unknownToken) {
				throw new IllegalStateException(
						"GET " + uri + " answered " + response.statusCode() + ": " + response.body());
			}
			return unknownToken ? null : response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + uri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static double within(long[] sorted) {
		long limit = TARGET_MILLIS * 1_000_000;
		long count = Arrays.stream(sorted).filter((nanos) -> nanos <= limit).count();
		return 100.0 * count / sorted.length;
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
