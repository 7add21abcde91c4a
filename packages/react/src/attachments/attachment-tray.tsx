import type { AttachmentDraft } from "@kore-chat/store";
import type { AttachmentRejection } from "@kore-chat/transport";
import { useEffect, useState } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { FileIcon } from "./file-icon.js";
import { formatFileSize } from "./file-size.js";

export interface AttachmentTrayProps {
  readonly drafts: readonly AttachmentDraft[];
  readonly rejections: readonly AttachmentRejection[];
  readonly onRemove: (id: string) => void;
  readonly onDismissRejections: () => void;
  readonly strings?: KoreChatStrings | undefined;
}

/** Why a file was refused, in the user's language. */
export function rejectionText(rejection: AttachmentRejection, strings: KoreChatStrings): string {
  const { fileName } = rejection;
  switch (rejection.reason) {
    case "too_large":
      return strings.fileTooLarge(
        fileName,
        formatFileSize(rejection.limit ?? 0, strings.formatLocale),
      );
    case "too_many":
      return strings.tooManyFiles(fileName, String(rejection.limit ?? 0));
    case "empty":
      return strings.emptyFile(fileName);
    case "type_not_allowed":
      return strings.fileTypeNotAllowed(fileName);
    default:
      return rejection.reason satisfies never;
  }
}

/** An object URL of an image file for its thumbnail, revoked when the chip goes. */
function useObjectUrl(file: Blob, enabled: boolean): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!enabled || typeof URL.createObjectURL !== "function") return;
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [file, enabled]);
  return url;
}

function AttachmentChip({
  draft,
  onRemove,
  strings,
}: {
  readonly draft: AttachmentDraft;
  readonly onRemove: (id: string) => void;
  readonly strings: KoreChatStrings;
}) {
  // SVG is shown only through <img> (no script runs there); other types get an icon.
  const thumbnail = useObjectUrl(draft.file, draft.fileType === "image");
  const { fileName } = draft;
  return (
    <li className="kc-attachment" data-status={draft.status}>
      {thumbnail === undefined ? (
        <FileIcon kind={draft.fileType} />
      ) : (
        <img className="kc-attachment__thumbnail" src={thumbnail} alt="" />
      )}
      <span className="kc-attachment__text">
        <span className="kc-attachment__name">{fileName}</span>
        <span className="kc-attachment__size">
          {formatFileSize(draft.size, strings.formatLocale)}
        </span>
        {draft.status === "uploading" && (
          <progress
            className="kc-attachment__progress"
            max={Math.max(1, draft.size)}
            value={draft.sentBytes}
            aria-label={strings.uploading(fileName)}
          />
        )}
        {draft.status === "failed" && (
          <span className="kc-attachment__error" role="alert">
            {strings.uploadFailed(fileName)}
          </span>
        )}
      </span>
      <button
        type="button"
        className="kc-attachment__remove"
        aria-label={strings.removeAttachment(fileName)}
        onClick={() => onRemove(draft.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/**
 * The composer's attached files (name, size, an image's thumbnail, upload progress, a remove
 * button) and the files it refused, with why. File names are shown as text.
 *
 * @example
 * <AttachmentTray drafts={drafts} rejections={rejections} onRemove={remove} onDismissRejections={dismiss} />
 */
export function AttachmentTray({
  drafts,
  rejections,
  onRemove,
  onDismissRejections,
  strings: explicitStrings,
}: AttachmentTrayProps) {
  const strings = useStrings(explicitStrings);
  if (drafts.length === 0 && rejections.length === 0) return null;
  return (
    <div className="kc-attachment-tray">
      {rejections.length > 0 && (
        <div className="kc-attachment-rejections" role="alert">
          <ul>
            {rejections.map((rejection, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same name may be refused twice
              <li key={index}>{rejectionText(rejection, strings)}</li>
            ))}
          </ul>
          <button type="button" className="kc-link-button" onClick={onDismissRejections}>
            {strings.dismiss}
          </button>
        </div>
      )}
      {drafts.length > 0 && (
        <ul className="kc-attachments" aria-label={strings.attachments}>
          {drafts.map((draft) => (
            <AttachmentChip key={draft.id} draft={draft} onRemove={onRemove} strings={strings} />
          ))}
        </ul>
      )}
    </div>
  );
}
