import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

export interface ComposerProps {
  /** Called with the trimmed text; never with an empty one. */
  readonly onSend: (text: string) => void;
  /** Every edit of the field that leaves text in it (to tell a live agent the user types). */
  readonly onTyping?: (() => void) | undefined;
  readonly disabled?: boolean | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * The message field and Send button. Enter sends, Shift+Enter starts a new
 * line; the text is trimmed, an empty one does nothing, and the field clears
 * after a send.
 *
 * @example
 * <Composer onSend={(text) => chat.send(text)} />
 */
export function Composer({
  onSend,
  onTyping,
  disabled = false,
  strings: explicitStrings,
}: ComposerProps) {
  const strings = useStrings(explicitStrings);
  const [text, setText] = useState("");
  const fieldId = useId();

  const send = () => {
    const trimmed = text.trim();
    if (trimmed === "" || disabled) return;
    onSend(trimmed);
    setText("");
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
      />
      <button type="submit" className="kc-send" disabled={disabled}>
        {strings.send}
      </button>
    </form>
  );
}
