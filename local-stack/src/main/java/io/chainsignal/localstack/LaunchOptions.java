package io.chainsignal.localstack;

import java.nio.file.Path;

/**
 * The launcher's command line: {@code --data-dir=}, {@code --service-jars=},
 * {@code --wipe=true|false}, {@code --demo=true|false}, {@code --ports=documented|free}.
 * The Maven profile {@code local-stack} fills them from {@code -Dlocal-stack.*}.
 *
 * @param dataDirectory where state is kept
 * @param serviceJars where the services' executable jars are
 * @param wipe whether to delete the data directory first
 * @param demo whether to deploy demo tokens and run demo traffic
 * @param ports {@code documented} or {@code free}
 */
record LaunchOptions(Path dataDirectory, Path serviceJars, boolean wipe, boolean demo, String ports) {

	static LaunchOptions parse(String... arguments) {
		Path data = Path.of(".local-stack");
		Path jars = Path.of("local-stack", "target", "service-jars");
		boolean wipe = false;
		boolean demo = true;
		String ports = "documented";
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			String name = (equals < 0) ? argument : argument.substring(0, equals);
			String value = (equals < 0) ? "true" : argument.substring(equals + 1);
			switch (name) {
				case "--data-dir" -> data = Path.of(value);
				case "--service-jars" -> jars = Path.of(value);
				case "--wipe" -> wipe = bool(name, value);
				case "--demo" -> demo = bool(name, value);
				case "--no-demo" -> demo = !bool(name, value);
				case "--ports" -> ports = value;
				default -> throw new IllegalArgumentException("Unknown option " + name
						+ "; known: --data-dir=, --service-jars=, --wipe, --demo=true|false, --ports=documented|free");
			}
		}
		return new LaunchOptions(data.toAbsolutePath().normalize(), jars.toAbsolutePath().normalize(), wipe, demo,
				ports);
	}

	private static boolean bool(String name, String value) {
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(name + " takes true or false, got " + value);
		};
	}

}
