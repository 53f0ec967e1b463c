package io.chainsignal.fraud.detectors;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.chainsignal.fraud.scoring.DetectorId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the detectors with their definitions, the parameters in force and how often each
 * fired over the last 7 days.
 */
@RestController
@Tag(name = "detectors")
class DetectorController {

	private final DetectorSettings settings;

	private final JdbcClient jdbc;

	DetectorController(DetectorSettings settings, JdbcClient jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/detectors")
	@Operation(summary = "Every detector: id, definition, parameters in force, base rate over 7 days")
	List<DetectorView> detectors() throws ReflectiveOperationException {
		Map<String, Long> counts = new TreeMap<>();
		Timestamp since = Timestamp.from(Instant.now().minus(7, ChronoUnit.DAYS));
		this.jdbc.sql(
				"select d, count(*) from fraud.alert, unnest(detector_ids) d where raised_at >= ? and status = 'RAISED' group by d")
			.param(since)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		Long scored = this.jdbc.sql("select count(*) from fraud.alert where raised_at >= ? and status = 'RAISED'")
			.param(since)
			.query(Long.class)
			.single();
		List<DetectorView> views = new ArrayList<>();
		for (RecordComponent component : DetectorSettings.class.getRecordComponents()) {
			DetectorId id = DetectorId.parse(kebab(component.getName()));
			Object detectorSettings = component.getAccessor().invoke(this.settings);
			Map<String, String> params = new TreeMap<>();
			for (RecordComponent parameter : detectorSettings.getClass().getRecordComponents()) {
				params.put(kebab(parameter.getName()),
						String.valueOf(parameter.getAccessor().invoke(detectorSettings)));
			}
			long alerts = counts.getOrDefault(id.wireId(), 0L);
			views.add(new DetectorView(id.wireId(), id.definition(), params, alerts,
					(scored > 0) ? (double) alerts / scored : 0.0));
		}
		return views;
	}

	static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * One detector as the API shows it.
	 *
	 * @param id the wire id
	 * @param definition what it looks for
	 * @param parameters the settings in force, by settings key
	 * @param alertsLast7Days raised alerts naming it over the last 7 days
	 * @param shareOfAlertsLast7Days its share of all raised alerts over the last 7 days
	 */
	record DetectorView(String id, String definition, Map<String, String> parameters, long alertsLast7Days,
			double shareOfAlertsLast7Days) {

	}

}
