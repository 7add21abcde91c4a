import type { AttachmentDraft } from "@kore-chat/store";
import type { AttachmentRejection } from "@kore-chat/transport";
import {
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
  useId,
  useRef,
  useState,
} from "react";
import { AttachmentTray } from "../attachments/attachment-tray.js";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

/** The composer's attachments: what is attached, what was refused, and what to do with them. */
export interface ComposerAttachments {
  readonly drafts: readonly AttachmentDraft[];
  readonly rejections: readonly AttachmentRejection[];
  /** Files picked, dropped or pasted. */
  readonly onAttach: (files: readonly File[]) => void;
  readonly onRemove: (id: string) => void;
  readonly onDismissRejections: () => void;
  /** The file picker's `accept` (e.g. ".pdf,.png"); any file when absent. */
  readonly accept?: string | undefined;
}

export interface ComposerProps {
  /** Called with the trimmed text; empty only when files are attached. */
  readonly onSend: (text: string) => void;
  /** Shows the "Attach a file" button, the attached files, and takes pasted files. */
  readonly attachments?: ComposerAttachments | undefined;
  /** Every edit of the field that leaves text in it (to tell a live agent the user types). */
  readonly onTyping?: (() => void) | undefined;
  readonly disabled?: boolean | undefined;
  /** The field's text when first drawn (a kept draft). */
  readonly initialText?: string | undefined;
  /** Every change of the field's text, a send's clearing included. */
  readonly onTextChange?: ((text: string) => void) | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * The message field and Send button. Enter sends, Shift+Enter starts a new
 * line; the text is trimmed, an empty one does nothing (unless files are attached), and the
 * field clears after a send. With `attachments`: an "Attach a file" button opening the file
 * picker, pasted files attached, the attached files above the field, and Send disabled until
 * each one has uploaded.
 *
 * @example
 * <Composer onSend={(text) => chat.send(text)} />
 */
export function Composer({
  onSend,
  onTyping,
  attachments,
  disabled = false,
  initialText = "",
  onTextChange,
  strings: explicitStrings,
}: ComposerProps) {
  const strings = useStrings(explicitStrings);
  const [text, setTextState] = useState(initialText);
  const setText = (next: string) => {
    setTextState(next);
    onTextChange?.(next);
  };
  const fieldId = useId();
  const picker = useRef<HTMLInputElement>(null);
  const drafts = attachments?.drafts ?? [];
  const uploading = drafts.some((draft) => draft.status !== "uploaded");

  const send = () => {
    const trimmed = text.trim();
    if (disabled || uploading || (trimmed === "" && drafts.length === 0)) return;
    onSend(trimmed);
    setText("");
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (attachments === undefined || files.length === 0) return;
    // A pasted screenshot is attached, not inserted as its name.
    event.preventDefault();
    attachments.onAttach(files);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An Enter that ends an IME composition picks a candidate; it does not send.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <form className="kc-composer" onSubmit={onSubmit}>
      {attachments !== undefined && (
        <AttachmentTray
          drafts={attachments.drafts}
          rejections={attachments.rejections}
          onRemove={attachments.onRemove}
          onDismissRejections={attachments.onDismissRejections}
          strings={strings}
        />
      )}
      {attachments !== undefined && (
        <>
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            tabIndex={-1}
            accept={attachments.accept}
            className="kc-file-picker"
            onChange={(event) => {
              const files = Array.from(event.currentTarget.files ?? []);
              // Cleared, so the same file can be picked again after a removal.
              event.currentTarget.value = "";
              if (files.length > 0) attachments.onAttach(files);
            }}
          />
          <button
            type="button"
            className="kc-attach"
            aria-label={strings.attachFile}
            title={strings.attachFile}
            disabled={disabled}
            onClick={() => picker.current?.click()}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path
                d="M20 11.5l-8.2 8.2a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
          </button>
        </>
      )}
      <label className="kc-visually-hidden" htmlFor={fieldId}>
        {strings.message}
      </label>
      <textarea
        id={fieldId}
        className="kc-composer-field"
        rows={1}
        enterKeyHint="send"
        value={text}
        placeholder={strings.messagePlaceholder}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() !== "") onTyping?.();
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <button type="submit" className="kc-send" disabled={disabled || uploading}>
        {strings.send}
      </button>
    </form>
  );
}
