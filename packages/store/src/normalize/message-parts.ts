/**
 * What a message is made of, once the wire's many shapes (TEMPLATES.md §1) are
 * read, in one place (`normalize-bot-part.ts`, `normalize-history-row.ts`), so
 * a turn looks the same live and after a reload. Components render these.
 */

/** Plain text with the light markup of TEMPLATES.md §3 still in it (the renderer parses it). */
export interface TextPart {
  readonly kind: "text";
  readonly text: string;
}

/** `image` | `audio` | `video` | `link` | `document`, with the URL as sent (checked when rendered). */
export interface MediaPart {
  readonly kind: "media";
  readonly mediaType: "image" | "audio" | "video" | "link" | "document";
  readonly url: string;
  readonly name?: string | undefined;
  /** A file's size in bytes, when it was given (attachments). */
  readonly size?: number | undefined;
}

/**
 * A template (`payload.template_type`). `payload` is the untrusted object as
 * sent; each template's renderer reads its own fields defensively. `fallbackText`
 * is what to show when no renderer knows `templateType` (its `text`, `heading`
 * or `title`), never empty.
 */
export interface TemplatePart {
  readonly kind: "template";
  readonly templateType: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly fallbackText: string;
}

export type MessagePart = TextPart | MediaPart | TemplatePart;

/** Template types that show no bubble (they keep the typing indicator on). */
export const silentTemplateTypes: ReadonlySet<string> = new Set(["wait_for_response"]);
