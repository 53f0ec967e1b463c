package io.chainsignal.localstack.stack;

import java.util.List;

import io.chainsignal.testsupport.process.ServiceJars;

/**
 * What a {@link Stack} runs on.
 *
 * @param data where state is kept across restarts
 * @param ports the ports to listen on
 * @param chain the chain to index
 * @param jars the services' executable jars
 * @param serviceJvmArguments JVM options of every service process
 */
public record StackSettings(DataDirectory data, Ports ports, ChainSettings chain, ServiceJars jars,
		List<String> serviceJvmArguments) {

	/**
	 * JVM options for four services on a laptop: a bounded heap, the serial collector and
	 * the C1 compiler only, which start a Spring Boot service in about half the CPU time
	 * of the defaults and use less memory. A benchmark passes its own.
	 */
	public static final List<String> LAPTOP_JVM = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

}
