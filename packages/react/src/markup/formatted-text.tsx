import { Fragment, type ReactNode, useMemo } from "react";
import { type MarkupNode, parseMarkup } from "./parse-markup.js";
import { safeLinkUrl } from "./safe-url.js";

export interface FormattedTextProps {
  /** Bot text with the light markup of TEMPLATES.md §3; untrusted. */
  readonly text: string;
}

function renderNodes(nodes: readonly MarkupNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    // Nodes never move within one parse, so the position is a stable key.
    const key = index;
    switch (node.type) {
      case "text":
        return <Fragment key={key}>{node.text}</Fragment>;
      case "lineBreak":
        return <br key={key} />;
      case "strong":
        return <strong key={key}>{renderNodes(node.children)}</strong>;
      case "emphasis":
        return <em key={key}>{renderNodes(node.children)}</em>;
      case "strike":
        return <s key={key}>{renderNodes(node.children)}</s>;
      case "link": {
        const href = safeLinkUrl(node.url);
        if (href === undefined) return <Fragment key={key}>{renderNodes(node.children)}</Fragment>;
        return (
          <a key={key} href={href} target="_blank" rel="noopener noreferrer">
            {renderNodes(node.children)}
          </a>
        );
      }
      default:
        return node satisfies never;
    }
  });
}

/**
 * Renders untrusted bot text with its light markup as React elements
 * (`<strong>`, `<em>`, `<s>`, `<a>`, `<br>`). HTML in the text shows as text;
 * links whose target is not `http(s):`, `mailto:` or `tel:` show as plain text.
 *
 * @example
 * <FormattedText text={"*Hello* _there_\nSee [docs](https://kore.ai)"} />
 */
export function FormattedText({ text }: FormattedTextProps) {
  const nodes = useMemo(() => parseMarkup(text), [text]);
  return <>{renderNodes(nodes)}</>;
}
