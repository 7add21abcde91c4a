const linkProtocols: ReadonlySet<string> = new Set(["http:", "https:", "mailto:", "tel:"]);
const imageProtocols: ReadonlySet<string> = new Set(["http:", "https:"]);
const safeImageDataUrl = /^data:image\/(?:png|gif|jpeg|webp)(?:;[a-z0-9=._+-]*)*,/i;

// C0 controls, DEL and C1 controls: browsers strip some of them from URLs
// (`java\tscript:`), so a URL containing any is refused rather than cleaned.
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

const webScheme = /^https?:/i;
const webSchemeWithAuthority = /^https?:\/\//i;

function parseAbsolute(value: string): URL | undefined {
  // `http:example` parses as `http://example/`; a web URL must spell out its `//`.
  if (webScheme.test(value) && !webSchemeWithAuthority.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function prepare(raw: string): string | undefined {
  if (typeof raw !== "string") return undefined;
  const trimmed = raw.trim();
  if (trimmed === "" || hasControlCharacter(trimmed)) return undefined;
  return trimmed;
}

/**
 * The URL to put in a link's `href`, or `undefined` when it is not safe to
 * link: only absolute `http:`, `https:`, `mailto:` and `tel:` URLs pass;
 * `www.example.com` becomes `https://www.example.com`. Everything else
 * (`javascript:`, `data:`, `vbscript:`, relative URLs, control characters)
 * is refused, and the caller shows the text unlinked.
 *
 * @example
 * safeLinkUrl("www.kore.ai/docs"); // "https://www.kore.ai/docs"
 * safeLinkUrl("JaVaScRiPt:alert(1)"); // undefined
 */
export function safeLinkUrl(raw: string): string | undefined {
  const value = prepare(raw);
  if (value === undefined) return undefined;
  const candidate = /^www\./i.test(value) ? `https://${value}` : value;
  const url = parseAbsolute(candidate);
  if (url === undefined || !linkProtocols.has(url.protocol)) return undefined;
  if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname === "") {
    return undefined;
  }
  return url.href;
}

/**
 * The URL to put in an image's `src`, or `undefined`: absolute `http(s):`
 * URLs and `data:image/(png|gif|jpeg|webp)` only (never SVG, which can carry
 * script).
 *
 * @example
 * safeImageUrl("https://cdn.example.com/a.png"); // "https://cdn.example.com/a.png"
 * safeImageUrl("data:image/svg+xml;base64,PHN2Zz4="); // undefined
 */
export function safeImageUrl(raw: string): string | undefined {
  const value = prepare(raw);
  if (value === undefined) return undefined;
  if (/^data:/i.test(value)) {
    return safeImageDataUrl.test(value) ? value : undefined;
  }
  const url = parseAbsolute(value);
  if (url === undefined || !imageProtocols.has(url.protocol) || url.hostname === "") {
    return undefined;
  }
  return url.href;
}
