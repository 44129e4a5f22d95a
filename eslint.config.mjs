// ESLint flat config for `npm run lint` (office-addin-lint picks up ./eslint.config.mjs instead of its own).
// Starts from eslint-plugin-office-addins' React preset (Office.js rules such as load-before-read and
// sync-before-read, React, Prettier), then fits it to this project:
//  - that preset only parses .js/.ts with the TypeScript parser; .tsx needs it too;
//  - no-undef is off for TypeScript, which already checks every name (Office, CustomFunctions, DOM) and
//    knows the globals that ESLint does not;
//  - React 17+ JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope; props are typed by TS;
//  - Prettier at 120 columns, the width the code base is written to.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// Reuse the preset's own plugin objects: ESLint refuses a second copy of a plugin under one name. The parser
// is imported here because the preset's own reference to it resolves to undefined (its CommonJS interop),
// which leaves ESLint's default parser failing on every type annotation; office-addin-lint's built-in
// config sets it the same way.
const preset = officeAddins.configs.react;
const tsBlock = preset.find(
  (c) => c.plugins && c.plugins["@typescript-eslint"],
);

export default [
  // The CN holiday table is generated (scripts/build-cn-holidays.ts) and compared byte for byte by a test.
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "src/engine/time/cn-holidays.generated.ts",
    ],
  },
  ...preset,
  {
    files: ["**/*.{ts,tsx,cts,mts}"],
    plugins: tsBlock.plugins,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "prettier/prettier": ["error", { endOfLine: "auto", printWidth: 120 }],
    },
  },
  // The preset parses JavaScript as ES2015; our scripts are modern Node (top-level await, ?., ??).
  {
    files: ["**/*.mjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: globals.node,
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: globals.node,
    },
  },
];
