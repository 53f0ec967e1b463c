// Compiles every test contract in src/main/solidity with solc-js (from node_modules) into
// <outDir>/<ContractName>.json = { contractName, sourceName, compiler, abi, bytecode }.
// Run by the Maven build (exec-maven-plugin, process-resources) after scripts/NodeTools.java installed node_modules.
// Usage: node scripts/compile-contracts.mjs <sourceDir> <outDir>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [sourceDir, outDir] = process.argv.slice(2);
if (!sourceDir || !outDir) {
	console.error('usage: node compile-contracts.mjs <sourceDir> <outDir>');
	process.exit(2);
}
const script = fileURLToPath(import.meta.url);
const moduleRoot = path.resolve(path.dirname(script), '..');
const nodeModules = path.join(moduleRoot, 'node_modules');
const require = createRequire(path.join(moduleRoot, 'package.json'));

const sources = fs.readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort();
if (sources.length === 0) {
	console.error(`no .sol files in ${sourceDir}`);
	process.exit(1);
}

// Convention: X.sol declares contract X, compiled to X.json. Up to date when every X.json is newer than every
// source, the lock file (solc and OpenZeppelin versions) and this script.
const expected = sources.map((f) => path.join(outDir, f.replace(/\.sol$/, '.json')));
const inputs = [...sources.map((f) => path.join(sourceDir, f)), path.join(moduleRoot, 'package-lock.json'), script];
const newestInput = Math.max(...inputs.map((f) => fs.statSync(f).mtimeMs));
if (expected.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= newestInput)) {
	console.log(`contracts up to date in ${outDir}`);
	process.exit(0);
}

const solc = require('solc');
const input = {
	language: 'Solidity',
	sources: Object.fromEntries(sources.map((f) => [f, { content: fs.readFileSync(path.join(sourceDir, f), 'utf8') }])),
	settings: {
		optimizer: { enabled: true, runs: 200 },
		evmVersion: 'cancun',
		outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
	},
};
function findImports(importPath) {
	const candidate = path.join(nodeModules, importPath);
	if (candidate.startsWith(nodeModules + path.sep) && fs.existsSync(candidate)) {
		return { contents: fs.readFileSync(candidate, 'utf8') };
	}
	return { error: `import not found: ${importPath}` };
}

const started = Date.now();
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const e of output.errors || []) {
	console.error(e.formattedMessage);
}
if (errors.length > 0) {
	process.exit(1);
}

fs.mkdirSync(outDir, { recursive: true });
for (const sourceName of sources) {
	for (const [contractName, contract] of Object.entries(output.contracts[sourceName] || {})) {
		const artefact = {
			contractName,
			sourceName,
			compiler: `solc-js ${solc.version()}`,
			abi: contract.abi,
			bytecode: '0x' + contract.evm.bytecode.object,
		};
		fs.writeFileSync(path.join(outDir, `${contractName}.json`), JSON.stringify(artefact, null, 2) + '\n');
		console.log(`compiled ${sourceName}:${contractName}`);
	}
}
const missing = expected.filter((f) => !fs.existsSync(f));
if (missing.length > 0) {
	console.error(`each X.sol must declare a contract X; nothing was compiled to ${missing.join(', ')}`);
	process.exit(1);
}
console.log(`solc ${solc.version()} compiled ${sources.length} sources in ${Date.now() - started} ms`);
