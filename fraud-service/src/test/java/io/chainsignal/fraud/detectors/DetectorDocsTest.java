package io.chainsignal.fraud.detectors;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.chainsignal.fraud.scoring.DetectorId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/fraud.md in step with the code: every detector and every one of its settings
 * is documented, and the documented scores are the defaults.
 */
class DetectorDocsTest {

	@Test
	void everyDetectorAndSettingIsDocumented() throws IOException, ReflectiveOperationException {
		String docs = Files.readString(Path.of("..", "docs", "fraud.md"));
		DetectorSettings defaults = DetectorSettings.defaults();
		for (RecordComponent component : DetectorSettings.class.getRecordComponents()) {
			String id = DetectorController.kebab(component.getName());
			assertThat(DetectorId.parse(id).wireId()).isEqualTo(id);
			String row = docs.lines()
				.filter((line) -> line.startsWith("| `" + id + "` |"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("docs/fraud.md has no row for " + id));
			Object settings = component.getAccessor().invoke(defaults);
			for (RecordComponent parameter : settings.getClass().getRecordComponents()) {
				String name = DetectorController.kebab(parameter.getName());
				if (!name.equals("enabled") && !name.endsWith("score")) {
					assertThat(row).as(id + " documents " + name).contains("`" + name + "`");
				}
				if (name.equals("score")) {
					assertThat(row).as(id + " documents its score")
						.contains("| " + parameter.getAccessor().invoke(settings) + " |");
				}
			}
		}
	}

}
