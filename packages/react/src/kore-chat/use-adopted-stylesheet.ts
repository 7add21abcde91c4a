import type { RefObject } from "react";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect.js";

// One sheet per CSS text, shared by every widget on the page and in every shadow root.
const sheets = new Map<string, CSSStyleSheet>();

type StyleRoot = Document | ShadowRoot;

// Node types rather than `instanceof`, which fails across realms (an iframe's document).
const isDocument = (node: Node): node is Document => node.nodeType === Node.DOCUMENT_NODE;
const isShadowRoot = (node: Node): node is ShadowRoot =>
  node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && "host" in node;

function adopt(root: StyleRoot, css: string, nonce: string | undefined): () => void {
  if (
    "adoptedStyleSheets" in root &&
    typeof CSSStyleSheet === "function" &&
    "replaceSync" in CSSStyleSheet.prototype
  ) {
    let sheet = sheets.get(css);
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (root.adoptedStyleSheets.includes(sheet)) return () => {};
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const added = sheet;
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((candidate) => candidate !== added);
    };
  }
  // Old browsers: a <style> element, with the host's nonce for a strict CSP.
  const style = document.createElement("style");
  if (nonce !== undefined) style.nonce = nonce;
  style.textContent = css;
  (isDocument(root) ? root.head : root).append(style);
  return () => style.remove();
}

/**
 * Adds `css` to the document or shadow root the element lives in, as a
 * constructable stylesheet: no `<style>` text and no style attributes, so it
 * works under `style-src 'self'`.
 *
 * @example
 * const root = useRef<HTMLDivElement>(null);
 * useAdoptedStylesheet(root, koreChatCss);
 */
export function useAdoptedStylesheet(
  element: RefObject<Element | null>,
  css: string,
  nonce?: string,
): void {
  useIsomorphicLayoutEffect(() => {
    const root = element.current?.getRootNode();
    if (root === undefined || !(isDocument(root) || isShadowRoot(root))) return;
    return adopt(root, css, nonce);
  }, [element, css, nonce]);
}
