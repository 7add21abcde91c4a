import type { ReactElement } from "react";
import { safeImageUrl } from "../markup/safe-url.js";
import { stringField } from "./read-fields.js";

/**
 * The small decorative picture next to a title: `icon` (a safe image URL) or, without one,
 * `iconText` (initials in a circle). Decorative: the title beside it names the row.
 *
 * @example
 * <TemplateIcon source={{ icon: "https://example.com/a.png" }} />
 */
export function TemplateIcon({ source }: { readonly source: unknown }): ReactElement | null {
  const icon = stringField(source, "icon");
  const src = icon === undefined ? undefined : safeImageUrl(icon);
  if (src !== undefined) return <img className="kc-icon" src={src} alt="" />;
  const text = stringField(source, "iconText");
  return text === undefined ? null : (
    <span className="kc-icon kc-icon--text" aria-hidden="true">
      {text}
    </span>
  );
}
