import type { MediaPart } from "@kore-chat/store";
import { type ReactElement, useState } from "react";
import { FileIcon } from "../attachments/file-icon.js";
import { formatFileSize } from "../attachments/file-size.js";
import { ImageLightbox } from "../attachments/image-lightbox.js";
import { useStrings } from "../i18n/strings-context.js";
import { safeImageUrl, safeLinkUrl } from "../markup/safe-url.js";

export interface MediaViewProps {
  readonly part: MediaPart;
}

/** Only http(s) is streamed into `<audio>` / `<video>` or downloaded (no mailto:/tel:, no data:). */
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

/** An image that opens larger in a lightbox (a button around it, named by the image). */
function ZoomableImage({ src, name }: { readonly src: string; readonly name: string | undefined }) {
  const strings = useStrings();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="kc-media kc-media__zoom"
        aria-label={strings.openImage(name ?? "")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <img className="kc-media__image" src={src} alt={name ?? ""} />
      </button>
      {open && <ImageLightbox src={src} name={name ?? ""} onClose={() => setOpen(false)} />}
    </>
  );
}

/** A file: icon, name and size, downloaded through its link when the URL is one we follow. */
function FileRow({
  href,
  name,
  size,
}: {
  readonly href: string | undefined;
  readonly name: string;
  readonly size: number | undefined;
}) {
  const strings = useStrings();
  const sizeText = size === undefined ? undefined : formatFileSize(size, strings.formatLocale);
  const content = (
    <>
      <FileIcon kind="attachment" />
      <span className="kc-file__name">{name}</span>
      {/* A real space: the visible text reads "report.pdf 12 kB", as the link's name does. */}
      {sizeText !== undefined && " "}
      {sizeText !== undefined && <span className="kc-file__size">{sizeText}</span>}
    </>
  );
  return href === undefined ? (
    <span className="kc-media kc-file">{content}</span>
  ) : (
    <a
      className="kc-media kc-file"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      download={name}
      // The name holds the visible text (WCAG 2.5.3): "Download report.pdf 12 kB".
      aria-label={strings.download(sizeText === undefined ? name : `${name} ${sizeText}`)}
    >
      {content}
    </a>
  );
}

/**
 * A media part: image → `<img>` in a button that opens it larger, audio/video → native
 * controls (http(s) only), link → a new-tab link named by its name, document → a file row
 * (icon, name, size) that downloads it. A URL we do not follow shows the name as text,
 * never a blank bubble.
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
      return <ZoomableImage src={src} name={name} />;
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
    case "document": {
      const href = safeStreamUrl(url);
      if (href === undefined && name === undefined) return inert;
      return <FileRow href={href} name={name ?? label} size={part.size} />;
    }
    case "link": {
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
