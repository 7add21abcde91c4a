import { type ReactNode, useEffect, useState, useSyncExternalStore } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

export interface CopyButtonProps {
  /** What is copied. */
  readonly text: string;
  /** The button's text (and name) until it is pressed: "Copy code", "Copy message". */
  readonly label: string;
  readonly className: string;
  /** A decorative icon before the label. */
  readonly icon?: ReactNode;
  /** Shows only the icon while idle (the label stays the accessible name). */
  readonly iconOnly?: boolean;
  readonly strings?: KoreChatStrings | undefined;
}

function clipboard(): Clipboard | undefined {
  const value = (globalThis as { navigator?: Navigator }).navigator?.clipboard;
  return typeof value?.writeText === "function" ? value : undefined;
}
const hasClipboard = () => clipboard() !== undefined;
const noServerClipboard = () => false;
const noChanges = () => () => undefined;

/**
 * A button that copies `text`, then says "Copied" (or that it could not) for two seconds, in a
 * polite live region. Not drawn where the page has no clipboard (an insecure context, a server
 * render); never throws.
 *
 * @example
 * <CopyButton text={code} label={strings.copyCode} className="kc-md-copy" />
 */
export function CopyButton({ text, label, className, icon, iconOnly, strings }: CopyButtonProps) {
  const { copied, copyFailed } = useStrings(strings);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const available = useSyncExternalStore(noChanges, hasClipboard, noServerClipboard);
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2_000);
    return () => clearTimeout(timer);
  }, [state]);
  if (!available) return null;
  const copy = () => {
    try {
      clipboard()
        ?.writeText(text)
        .then(
          () => setState("copied"),
          () => setState("failed"),
        );
    } catch {
      setState("failed");
    }
  };
  const idle = state === "idle";
  return (
    <button
      type="button"
      className={className}
      onClick={copy}
      aria-live="polite"
      data-copy={idle ? undefined : state}
    >
      {icon}
      <span className={idle && iconOnly === true ? "kc-visually-hidden" : undefined}>
        {idle ? label : state === "copied" ? copied : copyFailed}
      </span>
    </button>
  );
}
