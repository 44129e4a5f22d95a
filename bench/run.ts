/** The benchmarks, in order; bench/index.mjs bundles and runs this file. */
import { benchScoring } from "./scoring";
import { benchNative } from "./native";
import { benchPortable } from "./portable";
import { benchTime } from "./time";
import { benchHostile } from "./hostile";
import { benchBundle } from "./bundle";

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
await benchScoring();
console.log("");
await benchNative();
console.log("");
await benchPortable();
console.log("");
await benchTime();
console.log("");
await benchHostile();
console.log("");
await benchBundle();
