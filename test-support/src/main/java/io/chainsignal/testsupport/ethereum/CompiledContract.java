package io.chainsignal.testsupport.ethereum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test contract as the build compiled it from {@code src/main/solidity/<name>.sol}: ABI
 * and creation bytecode, read from {@code contracts/<name>.json} on the classpath.
 *
 * @param name the contract name, e.g. "TestERC20"
 * @param abi the ABI, as JSON
 * @param bytecode the creation bytecode, hex with 0x prefix
 */
public record CompiledContract(String name, String abi, String bytecode) {

	/**
	 * Loads a compiled test contract.
	 * @param name the contract name, which is also its source file's name
	 * @return the contract
	 */
	public static CompiledContract load(String name) {
		String resource = "contracts/" + name + ".json";
		try (InputStream in = CompiledContract.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath. The test-support build compiles"
						+ " src/main/solidity/" + name + ".sol with solc from npm (Node.js 18+ with npm needed):"
						+ " ./mvnw -pl test-support install");
			}
			JsonNode json = JsonMapper.shared().readTree(in);
			return new CompiledContract(json.get("contractName").asString(), json.get("abi").toString(),
					json.get("bytecode").asString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "CompiledContract[" + this.name + ", " + (this.bytecode.length() - 2) / 2 + " bytes]";
	}

}
