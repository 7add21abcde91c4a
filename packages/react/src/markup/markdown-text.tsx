/**
 * Markdown for bot text (PROTOCOL.md §8): CommonMark + GFM (tables, task lists, strikethrough,
 * autolinks) through `marked`'s lexer only — tokens, rendered here as React elements; no HTML
 * string is ever made or injected. Raw HTML in the source shows as text, links and images go
 * through the safe-URL rules, and the platform's light markup keeps its meaning: `*bold*`
 * (one star) is bold, `_italic_` italic, `~strike~` struck, a newline a line break.
 * Cost: 12.8 KB gzipped (48 KB minified) for marked — a vite bundle of only
 * `import { Lexer } from "marked"`, `gzip -9 | wc -c`; marked barely tree-shakes.
 */
import { Lexer, type Token, type Tokens } from "marked";
import { Fragment, memo, type ReactNode, useMemo } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { CopyButton } from "./copy-button.js";
import { splitMarkdownBlocks } from "./markdown-blocks.js";
import { safeImageUrl, safeLinkUrl } from "./safe-url.js";

export interface MarkdownTextProps {
  /** Untrusted Markdown (or classic light markup). */
  readonly text: string;
}

const lexerOptions = { gfm: true, breaks: true } as const;

/** How many blocks were lexed, for tests that check a growing text re-lexes only its end. */
export const markdownLexCount = { value: 0 };

function lex(source: string): Token[] {
  markdownLexCount.value += 1;
  try {
    return new Lexer(lexerOptions).lex(source);
  } catch {
    // The lexer should never throw; if it does, the text is shown as it is.
    return [
      {
        type: "paragraph",
        raw: source,
        text: source,
        tokens: [{ type: "text", raw: source, text: source }],
      },
    ];
  }
}

const entities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** The lexer leaves character references as written: read the common ones as characters. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

function renderInline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, index) => {
    // Tokens never move within one lex, so the position is a stable key.
    const key = index;
    switch (token.type) {
      case "text":
      case "escape":
        return "tokens" in token && token.tokens !== undefined && token.tokens.length > 0 ? (
          <Fragment key={key}>{renderInline(token.tokens)}</Fragment>
        ) : (
          <Fragment key={key}>{decodeEntities(token.text)}</Fragment>
        );
      case "html":
        // Raw HTML is shown as what it is: text.
        return <Fragment key={key}>{token.raw}</Fragment>;
      case "strong":
        return <strong key={key}>{renderInline(token.tokens)}</strong>;
      case "em":
        // The platform's light markup: one star is bold (`*bold*`), underscores italic.
        return token.raw.startsWith("*") && !token.raw.startsWith("**") ? (
          <strong key={key}>{renderInline(token.tokens)}</strong>
        ) : (
          <em key={key}>{renderInline(token.tokens)}</em>
        );
      case "del":
        return <s key={key}>{renderInline(token.tokens)}</s>;
      case "codespan":
        return <code key={key}>{decodeEntities(token.text)}</code>;
      case "br":
        return <br key={key} />;
      case "link": {
        const href = safeLinkUrl(token.href);
        const children = renderInline(token.tokens);
        if (href === undefined) return <Fragment key={key}>{children}</Fragment>;
        return (
          <a key={key} href={href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        );
      }
      case "image": {
        const src = safeImageUrl(token.href);
        if (src === undefined) return <Fragment key={key}>{token.text}</Fragment>;
        return <img key={key} className="kc-md-image" src={src} alt={token.text} loading="lazy" />;
      }
      default:
        return (
          <Fragment key={key}>
            {"text" in token && typeof token.text === "string" ? token.text : token.raw}
          </Fragment>
        );
    }
  });
}

function CodeBlock({
  code,
  language,
}: {
  readonly code: string;
  readonly language: string | undefined;
}) {
  const strings = useStrings(undefined);
  const lang = language !== undefined && /^[\w+#.-]{1,30}$/.test(language) ? language : undefined;
  return (
    <div className="kc-md-code">
      <CopyButton text={code} label={strings.copyCode} className="kc-md-copy" />
      {/* Focusable: a long line scrolls sideways, and a keyboard user must be able to scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus (WCAG 2.1.1) */}
      <pre tabIndex={0}>
        <code data-language={lang}>{code}</code>
      </pre>
    </div>
  );
}

function renderTable(token: Tokens.Table, key: number): ReactNode {
  const align = (value: Tokens.TableCell["align"]) => (value === null ? undefined : value);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus (WCAG 2.1.1)
    <div key={key} className="kc-md-table" tabIndex={0}>
      <table>
        <thead>
          <tr>
            {token.header.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells never move
              <th key={index} scope="col" align={align(cell.align)}>
                {renderInline(cell.tokens)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {token.rows.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows never move
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells never move
                <td key={index} align={align(cell.align)}>
                  {renderInline(cell.tokens)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function renderBlocks(tokens: readonly Token[]): ReactNode[] {
  return tokens.map((token, index) => {
    const key = index;
    switch (token.type) {
      case "space":
      case "def":
        return null;
      case "paragraph":
        return <p key={key}>{renderInline(token.tokens)}</p>;
      case "text":
        // Text directly in a (tight) list item.
        return <Fragment key={key}>{renderInline(token.tokens ?? [token])}</Fragment>;
      case "heading": {
        // Headings inside a message are sized as such but stay below the widget's own heading.
        const level = Math.min(6, Math.max(3, token.depth + 2));
        const Tag = `h${level}` as "h3" | "h4" | "h5" | "h6";
        return (
          <Tag key={key} className="kc-md-heading">
            {renderInline(token.tokens)}
          </Tag>
        );
      }
      case "code":
        return <CodeBlock key={key} code={token.text} language={token.lang || undefined} />;
      case "blockquote":
        return <blockquote key={key}>{renderBlocks(token.tokens ?? [])}</blockquote>;
      case "hr":
        return <hr key={key} />;
      case "list": {
        const items = (token as Tokens.List).items.map((item, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items never move
          <li key={itemIndex} className={item.task ? "kc-md-task" : undefined}>
            {item.task && (
              <input type="checkbox" checked={item.checked === true} disabled readOnly />
            )}
            {renderBlocks(item.tokens)}
          </li>
        ));
        const start =
          typeof token.start === "number" && token.start !== 1 ? token.start : undefined;
        return token.ordered ? (
          <ol key={key} start={start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
      case "table":
        return renderTable(token as Tokens.Table, key);
      case "html":
        return <p key={key}>{token.raw.trim()}</p>;
      default:
        return <p key={key}>{token.raw}</p>;
    }
  });
}

/** One top-level block, lexed once for its source: a streamed answer re-lexes only its end. */
const MarkdownBlock = memo(function MarkdownBlock({ source }: { readonly source: string }) {
  const tokens = useMemo(() => lex(source), [source]);
  return <>{renderBlocks(tokens)}</>;
});

/**
 * Untrusted bot text as Markdown, rendered as React elements.
 *
 * @example
 * <MarkdownText text={"## Plan\n\n- **one**\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |"} />
 */
export function MarkdownText({ text }: MarkdownTextProps) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    <div className="kc-markdown">
      {blocks.map((source, index) => (
        // Blocks only grow at the end, so the position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <MarkdownBlock key={index} source={source} />
      ))}
    </div>
  );
}
