// Types for zh-cn-metadata.js (CommonJS so webpack.config.js can require it without a TS loader).

export interface FunctionParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: FunctionParameter[];
  [key: string]: unknown;
}

export interface FunctionsJson {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export interface LocalizeResult {
  /** The localized metadata, or null when there are errors. */
  metadata: FunctionsJson | null;
  errors: string[];
  warnings: string[];
}

export function localizeMetadata(metadata: FunctionsJson, texts: unknown): LocalizeResult;

export class ZhCnMetadataPlugin {
  constructor(options: { textsFile: string; source?: string; output?: string });
  apply(compiler: unknown): void;
}
