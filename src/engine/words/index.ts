/**
 * Text as the readers see it: NFKC (full-width ％：，；（） become % : , ; ( )), symbol variants
 * unified, traditional characters simplified, Chinese numerals as digits, lower case, and every
 * spelling in the word table replaced by its canonical token. Spaces are kept only between two
 * ASCII letters or digits, where they separate words ("5 10" is not "510").
 */
import { Lexicon } from "./lexicon";
import { arabicNumerals } from "./numerals";
import { simplified } from "./traditional";
import { vocabulary } from "./vocabulary";

const lexicon = new Lexicon(vocabulary);

const SYMBOLS: Record<string, string> = {
  "≧": "≥",
  "≦": "≤",
  "～": "~",
  "〜": "~",
  "—": "-",
  "–": "-",
  "−": "-",
  "－": "-",
  "‐": "-",
  "‑": "-",
};

/** Full-width forms and symbol variants unified, case kept: what error messages quote back. */
export function tidyText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[≧≦～〜—–−－‑‐]/g, (ch) => SYMBOLS[ch])
    .trim();
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 46;

/** Simplified characters, lower case, runs of white space as one space only where words need it. */
function plain(text: string): string {
  // Codes into an array, joined once: reading back from a growing string would flatten it each time.
  const out: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0x2028 || c === 0x2029) {
      space = out.length > 0;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    else c = simplified(c);
    if (space && isWordChar(out[out.length - 1]) && isWordChar(c)) out.push(32);
    space = false;
    out.push(c);
  }
  let s = "";
  for (let i = 0; i < out.length; i += 4096) s += String.fromCharCode(...out.slice(i, i + 4096));
  return s;
}

/** The canonical text the readers match. */
export function canonical(text: string): string {
  return lexicon.rewrite(arabicNumerals(plain(tidyText(text))));
}
