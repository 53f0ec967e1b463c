package io.chainsignal.analytics.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.chainsignal.analytics.ingest.TopTokensWindow;
import io.chainsignal.analytics.stats.TokenViews.Holders;
import io.chainsignal.analytics.stats.TokenViews.Metadata;
import io.chainsignal.analytics.stats.TokenViews.Series;
import io.chainsignal.analytics.stats.TokenViews.TokenDetail;
import io.chainsignal.analytics.stats.TokenViews.TopTokens;
import io.chainsignal.analytics.web.Amounts;
import io.chainsignal.analytics.web.BadRequestException;
import io.chainsignal.analytics.web.NotFoundException;
import io.chainsignal.analytics.web.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token endpoints: top tokens, one token's metadata and totals, its time series and its
 * top holders. Everything counts CONFIRMED transfers only.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens")
class TokenController {

	private final TokenQueries queries;

	private final TokenRepository tokens;

	private final Params params;

	private final Clock clock;

	TokenController(TokenQueries queries, TokenRepository tokens, Params params, Clock clock) {
		this.queries = queries;
		this.tokens = tokens;
		this.params = params;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Top tokens by raw volume or transfer count in a window",
			description = "The window covers the rollup buckets (hours for 1h and 24h, days for 7d and 30d) "
					+ "starting at or after now minus the window, truncated to the bucket size.")
	TopTokens top(@Parameter(description = "volume or transfers") @RequestParam(required = false) String sort,
			@Parameter(description = "1h, 24h, 7d or 30d") @RequestParam(required = false) String window,
			@Parameter(description = "only this chain") @RequestParam(required = false) String chainId,
			@Parameter(description = "1 to the maximum (larger values are capped)") @RequestParam(
					required = false) String limit) {
		Sort order = this.params.choice("sort", sort, Sort.class, Sort.VOLUME);
		TopTokensWindow span = this.params.choice("window", window, TopTokensWindow.class, TopTokensWindow.ONE_DAY);
		Long chain = (chainId != null) ? this.params.chainId(chainId) : null;
		int size = this.params.limit(limit);
		Instant start = Instant.ofEpochSecond(span.startAt(Instant.now(this.clock).getEpochSecond()));
		return new TopTokens(span.label(), order.label, start, this.queries.top(span, order, start, chain, size));
	}

	@GetMapping("/{chainId}/{token}")
	@Operation(summary = "A token's metadata and all-time totals",
			description = "holders counts addresses whose net flow (since the first indexed block) is positive.")
	TokenDetail token(@PathVariable String chainId, @PathVariable String token) {
		TokenEntity entity = find(chainId, token);
		TokenQueries.Totals totals = this.queries.totals(entity.chainId(), entity.tokenAddress());
		return new TokenDetail(entity.chainId(), entity.tokenAddress(), metadata(entity), totals.transfers(),
				Amounts.raw(totals.volume()), Amounts.adjusted(totals.volume(), entity.decimals()), totals.holders(),
				totals.firstActivity(), totals.lastActivity());
	}

	@GetMapping("/{chainId}/{token}/series")
	@Operation(summary = "A token's time series, one point per bucket, zero-filled",
			description = "from defaults to 24 hours (hour) or 30 days (day) before to; to defaults to now. "
					+ "from is truncated to the bucket size; buckets starting before to are included.")
	Series series(@PathVariable String chainId, @PathVariable String token,
			@Parameter(description = "hour or day") @RequestParam(required = false) String interval,
			@Parameter(description = "ISO-8601 instant") @RequestParam(required = false) String from,
			@Parameter(description = "ISO-8601 instant") @RequestParam(required = false) String to) {
		Interval bucket = this.params.choice("interval", interval, Interval.class, Interval.HOUR);
		Instant end = this.params.instant("to", to, Instant.now(this.clock));
		Duration fallback = (bucket == Interval.HOUR) ? Duration.ofHours(24) : Duration.ofDays(30);
		Instant begin = this.params.instant("from", from, end.minus(fallback));
		if (!begin.isBefore(end)) {
			throw new BadRequestException("from", "from must be before to");
		}
		long startSeconds = Math.floorDiv(begin.getEpochSecond(), bucket.seconds) * bucket.seconds;
		long points = (end.getEpochSecond() - startSeconds + bucket.seconds - 1) / bucket.seconds;
		int max = this.params.settings().maxSeriesPoints();
		if (points > max) {
			throw new BadRequestException("from",
					"from and to span " + points + " buckets of one " + bucket + "; at most " + max + " are allowed");
		}
		TokenEntity entity = find(chainId, token);
		Instant start = Instant.ofEpochSecond(startSeconds);
		return new Series(entity.chainId(), entity.tokenAddress(), bucket.label, start, end,
				this.queries.series(entity.chainId(), entity.tokenAddress(), bucket, start, end, entity.decimals()));
	}

	@GetMapping("/{chainId}/{token}/holders")
	@Operation(summary = "A token's top holders by net flow since the first indexed block",
			description = "A balance is the sum of confirmed transfers in minus out since the first indexed block, "
					+ "not an on-chain balanceOf. Holders with a zero or negative net flow are not listed.")
	Holders holders(@PathVariable String chainId, @PathVariable String token,
			@RequestParam(required = false) String limit) {
		int size = this.params.limit(limit);
		TokenEntity entity = find(chainId, token);
		return new Holders(entity.chainId(), entity.tokenAddress(),
				this.queries.holders(entity.chainId(), entity.tokenAddress(), size, entity.decimals()));
	}

	private TokenEntity find(String chainId, String token) {
		long chain = this.params.chainId(chainId);
		String address = this.params.address("token", token);
		return this.tokens.findById(new TokenEntity.Key(chain, address))
			.orElseThrow(() -> new NotFoundException("No token " + address + " on chain " + chain));
	}

	private static Metadata metadata(TokenEntity entity) {
		return new Metadata(entity.tokenStandard(), entity.symbol(), entity.name(), entity.decimals());
	}

}
