/** The benchmarks, in order; bench/index.mjs bundles and runs this file. */
import { benchScoring } from "./scoring";

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
await benchScoring();
