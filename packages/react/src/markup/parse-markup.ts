/** One piece of parsed bot text (TEMPLATES.md §3). */
export type MarkupNode =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "strong" | "emphasis" | "strike"; readonly children: readonly MarkupNode[] }
  /** `url` is as written (`www.x`, `javascript:…`); the renderer checks it with `safeLinkUrl`. */
  | { readonly type: "link"; readonly url: string; readonly children: readonly MarkupNode[] }
  | { readonly type: "lineBreak" };

type EmphasisMarker = "*" | "_" | "~";

const markerTypes = { "*": "strong", _: "emphasis", "~": "strike" } as const;
const letterOrDigit = /[\p{L}\p{N}]/u;
const whitespace = /\s/;
const trailingPunctuation = ".,;:!?'\"";

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && letterOrDigit.test(character);
}

function isWhitespace(character: string | undefined): boolean {
  return character !== undefined && whitespace.test(character);
}

/**
 * For each position, the first position at or after it where `test` holds
 * (`text.length` when none). Built once, right to left, so every look-ahead
 * the parser makes is O(1) and the whole parse stays linear whatever the input.
 */
function nextWhere(text: string, test: (index: number) => boolean): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let index = text.length - 1; index >= 0; index--) {
    next[index] = test(index) ? index : (next[index + 1] ?? text.length);
  }
  return next;
}

class MarkupParser {
  private readonly nextNewline: Int32Array;
  private readonly nextWhitespace: Int32Array;
  private readonly nextCloseBracket: Int32Array;
  private readonly nextCloseParenthesis: Int32Array;
  private readonly nextCloser: Readonly<Record<EmphasisMarker, Int32Array>>;

  constructor(private readonly text: string) {
    this.nextNewline = nextWhere(text, (index) => text[index] === "\n");
    this.nextWhitespace = nextWhere(text, (index) => isWhitespace(text[index]));
    this.nextCloseBracket = nextWhere(text, (index) => text[index] === "]");
    this.nextCloseParenthesis = nextWhere(text, (index) => text[index] === ")");
    const closerOf = (marker: EmphasisMarker) =>
      nextWhere(
        text,
        (index) =>
          text[index] === marker &&
          !isWhitespace(text[index - 1]) &&
          text[index - 1] !== marker &&
          !isWordCharacter(text[index + 1]),
      );
    this.nextCloser = { "*": closerOf("*"), _: closerOf("_"), "~": closerOf("~") };
  }

  private at(table: Int32Array, index: number): number {
    return table[index] ?? this.text.length;
  }

  /** Parses `text[start, end)`; `allowLinks` is false inside a link's label. */
  parse(start: number, end: number, allowLinks: boolean): MarkupNode[] {
    const { text } = this;
    const nodes: MarkupNode[] = [];
    let textStart = start;
    const flush = (until: number) => {
      if (until > textStart) {
        const previous = nodes[nodes.length - 1];
        const piece = text.slice(textStart, until);
        if (previous?.type === "text")
          nodes[nodes.length - 1] = { type: "text", text: previous.text + piece };
        else nodes.push({ type: "text", text: piece });
      }
    };

    let index = start;
    while (index < end) {
      const character = text[index];
      if (character === "\n" || (character === "\r" && text[index + 1] === "\n")) {
        flush(index);
        nodes.push({ type: "lineBreak" });
        index += character === "\r" ? 2 : 1;
        textStart = index;
        continue;
      }
      if (character === "*" || character === "_" || character === "~") {
        const closer = this.emphasisCloser(character, index, end);
        if (closer !== undefined) {
          flush(index);
          nodes.push({
            type: markerTypes[character],
            children: this.parse(index + 1, closer, allowLinks),
          });
          index = closer + 1;
          textStart = index;
          continue;
        }
      } else if (allowLinks && character === "[") {
        const link = this.labelledLink(index, end);
        if (link !== undefined) {
          flush(index);
          nodes.push({
            type: "link",
            url: text.slice(link.labelEnd + 2, link.end - 1),
            children: this.parse(index + 1, link.labelEnd, false),
          });
          index = link.end;
          textStart = index;
          continue;
        }
      } else if (allowLinks && !isWordCharacter(text[index - 1])) {
        const urlEnd = this.bareUrlEnd(index, end);
        if (urlEnd !== undefined) {
          flush(index);
          const url = text.slice(index, urlEnd);
          nodes.push({ type: "link", url, children: [{ type: "text", text: url }] });
          index = urlEnd;
          textStart = index;
          continue;
        }
      }
      index++;
    }
    flush(end);
    return nodes;
  }

  private emphasisCloser(marker: EmphasisMarker, index: number, end: number): number | undefined {
    const { text } = this;
    const following = text[index + 1];
    if (index + 1 >= end || following === marker || isWhitespace(following)) return undefined;
    if (isWordCharacter(text[index - 1])) return undefined;
    const closer = this.at(this.nextCloser[marker], index + 2);
    if (closer >= end || closer > this.at(this.nextNewline, index)) return undefined;
    return closer;
  }

  /** `[label](url)` starting at `index`: where the label ends and where the link ends. */
  private labelledLink(index: number, end: number): { labelEnd: number; end: number } | undefined {
    const labelEnd = this.at(this.nextCloseBracket, index + 1);
    if (labelEnd <= index + 1 || labelEnd >= end || this.text[labelEnd + 1] !== "(")
      return undefined;
    if (this.at(this.nextNewline, index) < labelEnd) return undefined;
    const urlStart = labelEnd + 2;
    const urlEnd = this.at(this.nextCloseParenthesis, urlStart);
    if (urlEnd <= urlStart || urlEnd >= end) return undefined;
    if (this.at(this.nextWhitespace, urlStart) < urlEnd) return undefined;
    return { labelEnd, end: urlEnd + 1 };
  }

  /** A bare `http://`, `https://` or `www.` URL starting at `index`: where it ends. */
  private bareUrlEnd(index: number, end: number): number | undefined {
    const { text } = this;
    const head = text.slice(index, index + 8).toLowerCase();
    const prefixLength = head.startsWith("https://")
      ? 8
      : head.startsWith("http://")
        ? 7
        : head.startsWith("www.")
          ? 4
          : 0;
    if (prefixLength === 0) return undefined;
    let urlEnd = Math.min(this.at(this.nextWhitespace, index), end);
    for (let cursor = index; cursor < urlEnd; cursor++) {
      const character = text[cursor];
      if (character === "<" || character === ">" || character === '"') {
        urlEnd = cursor;
        break;
      }
    }
    // Sentence punctuation after a URL is not part of it; a `)` only when unbalanced.
    let unbalancedClosing = 0;
    for (let cursor = index; cursor < urlEnd; cursor++) {
      if (text[cursor] === "(") unbalancedClosing--;
      else if (text[cursor] === ")") unbalancedClosing++;
    }
    while (urlEnd > index + prefixLength) {
      const last = text[urlEnd - 1] ?? "";
      if (trailingPunctuation.includes(last)) {
        urlEnd--;
      } else if (last === ")" && unbalancedClosing > 0) {
        unbalancedClosing--;
        urlEnd--;
      } else {
        break;
      }
    }
    return urlEnd > index + prefixLength ? urlEnd : undefined;
  }
}

/**
 * Parses the light markup of bot text (TEMPLATES.md §3) — `*bold*`,
 * `_italic_`, `~strike~`, `[label](url)`, bare `http(s)://` / `www.` URLs and
 * line breaks — into a tree. Markers without a partner stay literal text;
 * nothing is ever interpreted as HTML. Linear time, whatever the input.
 *
 * @example
 * parseMarkup("*Hi* see www.kore.ai");
 * // [{ type: "strong", children: [{ type: "text", text: "Hi" }] },
 * //  { type: "text", text: " see " },
 * //  { type: "link", url: "www.kore.ai", children: [{ type: "text", text: "www.kore.ai" }] }]
 */
export function parseMarkup(text: string): MarkupNode[] {
  if (text === "") return [];
  return new MarkupParser(text).parse(0, text.length, true);
}
