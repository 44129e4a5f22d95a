/**
 * The one error type the engine throws. It carries an Excel error code, a message id and its
 * parameters, so the functions layer can word it in the user's language (see messages.ts).
 * `.message` is always the English wording, for logs and tests.
 */
import { formatMessage, type MessageId } from "./messages";

export type SlaErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!";

/** A parameter is a value, or a text of its own in each language (a unit name, say). */
export type MessageParam = string | number | { readonly en: string; readonly zh: string };
export type MessageParams = Readonly<Record<string, MessageParam>>;

export class SlaError extends Error {
  readonly code: SlaErrorCode;
  readonly id: MessageId;
  readonly params: MessageParams;

  constructor(code: SlaErrorCode, id: MessageId, params: MessageParams = {}) {
    super(formatMessage(id, params, "en"));
    this.name = "SlaError";
    this.code = code;
    this.id = id;
    this.params = params;
  }

  /** The message in the given language ("zh" for 简体中文, anything else English). */
  localized(lang: Language): string {
    return formatMessage(this.id, this.params, lang);
  }
}

export type Language = "en" | "zh";

export const valueError = (id: MessageId, params?: MessageParams): SlaError => new SlaError("#VALUE!", id, params);
export const naError = (id: MessageId, params?: MessageParams): SlaError => new SlaError("#N/A", id, params);
