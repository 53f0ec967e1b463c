package io.chainsignal.deploy.images;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import io.chainsignal.deploy.config.Services;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jib configuration, read from the POMs, since no registry is reachable to build the
 * images in every build: a pinned base, a numeric non-root user, a heap sized from the
 * container's memory, and each service's image exposing the port it listens on.
 */
class ImageConfigurationTest {

	private static final Pattern PINNED = Pattern
		.compile("[a-z0-9./-]+:[0-9][A-Za-z0-9._-]*|[a-z0-9./-]+@sha256:[0-9a-f]{64}");

	private final Document root = read(Services.repositoryFile("pom.xml"));

	@Test
	void theBaseImageIsPinned() throws Exception {
		assertThat(jib(this.root, "from/image")).matches(PINNED);
	}

	@Test
	void containersRunAsANumericNonRootUser() throws Exception {
		String user = jib(this.root, "container/user");
		assertThat(user).matches("[0-9]+:[0-9]+");
		assertThat(user.split(":")[0]).isNotEqualTo("0");
	}

	@Test
	void theHeapFollowsTheContainersMemoryLimit() throws Exception {
		NodeList flags = nodes(this.root, "container/jvmFlags/jvmFlag");
		List<String> values = new java.util.ArrayList<>();
		for (int i = 0; i < flags.getLength(); i++) {
			values.add(flags.item(i).getTextContent().trim());
		}
		assertThat(values).contains("-XX:+ExitOnOutOfMemoryError")
			.anyMatch((flag) -> flag.matches("-XX:MaxRAMPercentage=[0-9.]+"))
			.noneMatch((flag) -> flag.startsWith("-Xmx"));
	}

	@Test
	void eachServiceImageExposesThePortItListensOn() throws Exception {
		for (String artifactId : Services.ARTIFACT_IDS) {
			Document pom = read(Services.repositoryFile(artifactId + "/pom.xml"));
			NodeList ports = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(
						"/project/build/plugins/plugin[artifactId='jib-maven-plugin']/configuration/container/ports/port",
						pom, XPathConstants.NODESET);
			assertThat(ports.getLength()).as(artifactId).isEqualTo(1);
			assertThat(Integer.parseInt(ports.item(0).getTextContent().trim())).as(artifactId)
				.isEqualTo(Services.jar(artifactId).serverPort());
			String msk = (String) XPathFactory.newInstance()
				.newXPath()
				.evaluate("/project/dependencies/dependency[artifactId='aws-msk-iam-auth']/scope", pom,
						XPathConstants.STRING);
			assertThat(msk).as("%s carries the MSK IAM login module", artifactId).isEqualTo("runtime");
		}
	}

	private static String jib(Document pom, String path) throws Exception {
		return ((String) XPathFactory.newInstance()
			.newXPath()
			.evaluate("/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration/"
					+ path, pom, XPathConstants.STRING))
			.trim();
	}

	private static NodeList nodes(Document pom, String path) throws Exception {
		return (NodeList) XPathFactory.newInstance()
			.newXPath()
			.evaluate("/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration/"
					+ path, pom, XPathConstants.NODESET);
	}

	private static Document read(Path pom) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(pom.toFile());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + pom, ex);
		}
	}

}
