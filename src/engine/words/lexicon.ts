/**
 * The machine behind the word table: every spelling people use maps to one canonical token, and a
 * text is rewritten into canonical tokens in one left-to-right pass, longest spelling first at each
 * position (a trie walk bounded by the longest spelling, so the pass is linear in the text's length
 * and never backtracks). English spellings only match whole words ("min" is not read inside
 * "minimum"), and a space inside a spelling matches any run of spaces, or none ("at least",
 * "atleast").
 */
interface Node {
  readonly next: Map<number, Node>;
  /** The canonical token when a spelling ends here. */
  token?: string;
  /** The token when the spelling comes right after a number (unit abbreviations: "5 min", but "min 60"). */
  afterNumber?: string;
}

const SPACE = 32;

export class Lexicon {
  private readonly root: Node = { next: new Map() };

  constructor(entries: Iterable<readonly [spelling: string, token: string]>) {
    for (const [spelling, token] of entries) this.add(spelling, token);
  }

  private add(written: string, token: string): void {
    const afterDigit = written.startsWith("#");
    const spelling = afterDigit ? written.slice(1) : written;
    let node = this.root;
    for (let i = 0; i < spelling.length; i++) {
      const c = spelling.charCodeAt(i);
      if (c === SPACE) continue; // spaces in a spelling are optional in the text
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    const key = afterDigit ? "afterNumber" : "token";
    if (node[key] !== undefined && node[key] !== token)
      throw new Error(`"${spelling}" is spelled for both "${node[key]}" and "${token}"`);
    node[key] = token;
  }

  /**
   * The longest spelling that starts at `pos`: its token and where it ends, or null.
   * Spaces in the text are skipped between the letters of a spelling.
   */
  longest(text: string, pos: number): { token: string; end: number } | null {
    if (isLetter(text.charCodeAt(pos)) && isLetter(text.charCodeAt(pos - 1))) return null;
    let node: Node | undefined = this.root;
    let best: { token: string; end: number } | null = null;
    let i = pos;
    let before = pos - 1;
    while (text.charCodeAt(before) === SPACE) before--;
    const afterNumber = isDigit(text.charCodeAt(before));
    while (node) {
      const wordEnds = !(isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i)));
      const token = (afterNumber ? node.afterNumber : undefined) ?? node.token;
      if (token !== undefined && i > pos && wordEnds) best = { token, end: i };
      if (i >= text.length) break;
      let c = text.charCodeAt(i);
      let j = i;
      // Spaces inside a spelling: skip them only if the spelling continues after them.
      while (c === SPACE && j + 1 < text.length) c = text.charCodeAt(++j);
      if (j > i && !isLetter(c)) break;
      node = node.next.get(c);
      i = j + 1;
    }
    return best;
  }

  /** The text with every known spelling replaced by its token; other characters kept as they are. */
  rewrite(text: string): string {
    const parts: string[] = [];
    let pos = 0;
    let plainFrom = 0; // start of the run of characters no spelling matched, copied in one slice
    while (pos < text.length) {
      if (!this.root.next.has(text.charCodeAt(pos))) {
        pos++;
        continue;
      }
      const hit = this.longest(text, pos);
      if (!hit) {
        pos++;
        continue;
      }
      if (plainFrom < pos) parts.push(text.slice(plainFrom, pos));
      parts.push(hit.token);
      pos = plainFrom = hit.end;
    }
    if (plainFrom < text.length) parts.push(text.slice(plainFrom));
    return parts.join("");
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter (NaN, past either end of the text, is not). */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
