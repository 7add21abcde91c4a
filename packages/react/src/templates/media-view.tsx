import type { MediaPart } from "@kore-chat/store";
import type { ReactElement } from "react";
import { safeImageUrl, safeLinkUrl } from "../markup/safe-url.js";

export interface MediaViewProps {
  readonly part: MediaPart;
}

/** Only http(s) is streamed into `<audio>` / `<video>` (no mailto:/tel:, no data:). */
function safeStreamUrl(raw: string): string | undefined {
  const href = safeLinkUrl(raw);
  return href !== undefined && /^https?:/i.test(href) ? href : undefined;
}

function NewTabLink({ href, label }: { readonly href: string; readonly label: string }) {
  return (
    <a className="kc-media__link" href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

/**
 * A media part: image → `<img>` (alt = name or ""), audio/video → native controls
 * (http(s) only), link/document → a new-tab link named by its name. A URL we do not
 * follow shows the name as text, never a blank bubble.
 *
 * @example
 * <MediaView part={{ kind: "media", mediaType: "image", url: "https://example.com/a.png", name: "a.png" }} />
 */
export function MediaView({ part }: MediaViewProps): ReactElement {
  const name = typeof part.name === "string" && part.name !== "" ? part.name : undefined;
  const url = typeof part.url === "string" ? part.url : "";
  const label = name ?? (url === "" ? part.mediaType : url);
  const inert = <span className="kc-media kc-media--unavailable">{label}</span>;
  switch (part.mediaType) {
    case "image": {
      const src = safeImageUrl(url);
      if (src === undefined) return inert;
      return <img className="kc-media kc-media__image" src={src} alt={name ?? ""} />;
    }
    case "audio":
    case "video": {
      const src = safeStreamUrl(url);
      if (src === undefined) return inert;
      const fallback = <NewTabLink href={src} label={label} />;
      return part.mediaType === "audio" ? (
        // biome-ignore lint/a11y/useMediaCaption: bot media arrives without caption tracks.
        <audio className="kc-media kc-media__audio" controls src={src} aria-label={name}>
          {fallback}
        </audio>
      ) : (
        // biome-ignore lint/a11y/useMediaCaption: bot media arrives without caption tracks.
        <video className="kc-media kc-media__video" controls src={src} aria-label={name}>
          {fallback}
        </video>
      );
    }
    case "link":
    case "document": {
      const href = safeLinkUrl(url);
      if (href === undefined) return inert;
      return (
        <span className={`kc-media kc-media__${part.mediaType}`}>
          <NewTabLink href={href} label={label} />
        </span>
      );
    }
    default: {
      part.mediaType satisfies never;
      return inert;
    }
  }
}
