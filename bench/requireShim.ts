/**
 * The bench is an ES module bundle: test helpers that load an optional package with require()
 * (test/templates/hyperformula.ts) find it through this. Imported before them.
 */
import { createRequire } from "node:module";

const g = globalThis as { require?: NodeJS.Require };
g.require ??= createRequire(import.meta.url);
