import { useEffect, useRef } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { useIsomorphicLayoutEffect } from "../kore-chat/use-isomorphic-layout-effect.js";

export interface ImageLightboxProps {
  /** A URL already checked by the safe-URL rule. */
  readonly src: string;
  /** The image's name (untrusted text), or "" when it has none. */
  readonly name: string;
  /** Called when the viewer closes (Esc, the close button, a click beside the image). */
  readonly onClose: () => void;
}

/**
 * An image shown large in a modal `<dialog>`: focus moves to its close button, Esc or a click
 * outside the image closes it, and focus returns to what opened it.
 *
 * @example
 * {open && <ImageLightbox src={src} name="receipt.png" onClose={() => setOpen(false)} />}
 */
export function ImageLightbox({ src, name, onClose }: ImageLightboxProps) {
  const strings = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // What had focus before the viewer opened, kept from the first run of the effect (a re-run
  // under StrictMode would find the viewer's own button).
  const opener = useRef<HTMLElement | null | undefined>(undefined);

  // Before paint, as the menu does: in preact a passive effect runs a frame later, and the
  // visitor's Escape or Tab meanwhile would not reach the dialog.
  useIsomorphicLayoutEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const root = element.getRootNode() as Document | ShadowRoot;
    if (opener.current === undefined) opener.current = root.activeElement as HTMLElement | null;
    const closed = () => onCloseRef.current();
    element.addEventListener("close", closed);
    if (typeof element.showModal === "function" && !element.open) element.showModal();
    else element.setAttribute("open", "");
    closeButton.current?.focus();
    // Not close(): its "close" event comes later and would reach a re-run of this effect
    // (StrictMode). Leaving the DOM takes the dialog out of the top layer anyway.
    return () => element.removeEventListener("close", closed);
  }, []);
  // Focus goes back to the opener once the dialog has left the DOM: until then the modal
  // dialog keeps the rest of the page inert. A passive effect's cleanup runs after that.
  useEffect(() => () => opener.current?.focus({ preventScroll: true }), []);

  return (
    <dialog
      ref={dialog}
      className="kc-lightbox"
      aria-label={name === "" ? strings.openImage("") : name}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, not its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <img className="kc-lightbox__image" src={src} alt={name} />
      <button ref={closeButton} type="button" className="kc-lightbox__close" onClick={onClose}>
        {strings.closeImage}
      </button>
    </dialog>
  );
}
