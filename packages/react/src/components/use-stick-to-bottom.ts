import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/** How close to the bottom (px) still counts as "at the bottom". */
export const bottomThreshold = 40;

export interface StickToBottomOptions {
  /** Key of the last message: a new one means the conversation grew at the end. */
  readonly lastKey: string;
  /** The last message is the user's own: always follow it. */
  readonly lastIsOwn: boolean;
  /** Anything else that grows the end of the list (the typing indicator). */
  readonly tail: unknown;
}

export interface StickToBottom {
  /** Something arrived at the end while the user was scrolled up. */
  readonly unseen: boolean;
  /** Content changed size (rows measured): stay at the end if following it. */
  readonly onResize: () => void;
  /** Go to the end and follow new messages again (the "New messages" button). */
  readonly jumpToBottom: () => void;
}

function isAtBottom(element: HTMLElement): boolean {
  return element.scrollHeight - element.scrollTop - element.clientHeight <= bottomThreshold;
}

function scrollToEnd(element: HTMLElement | null) {
  if (element !== null) element.scrollTop = element.scrollHeight;
}

/**
 * Follows the end of a scroller while the user is at the bottom (or has just
 * sent a message); once they scroll up it stays put and reports `unseen`
 * instead, for a "New messages" button. Listens to the scroller's `scroll`
 * events itself.
 *
 * @example
 * const { unseen, onResize, jumpToBottom } = useStickToBottom(scrollRef, {
 *   lastKey, lastIsOwn, tail: typing,
 * });
 */
export function useStickToBottom(
  scrollRef: RefObject<HTMLElement | null>,
  { lastKey, lastIsOwn, tail }: StickToBottomOptions,
): StickToBottom {
  const stuck = useRef(true);
  const previousLastKey = useRef("");
  const [unseen, setUnseen] = useState(false);

  // Before paint, so the list never flashes at the old offset. `tail` is a
  // dependency because the typing indicator appearing grows the list too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useLayoutEffect(() => {
    const grewAtEnd = lastKey !== previousLastKey.current;
    previousLastKey.current = lastKey;
    if (stuck.current || (grewAtEnd && lastIsOwn)) {
      stuck.current = true;
      setUnseen(false);
      scrollToEnd(scrollRef.current);
    } else if (grewAtEnd && lastKey !== "") {
      setUnseen(true);
    }
  }, [lastKey, lastIsOwn, tail]);

  useEffect(() => {
    const element = scrollRef.current;
    if (element === null) return;
    let lastTop = element.scrollTop;
    // Only the user scrolling up lets go of the end. A scroll event while the end moves away
    // (a row growing after it was drawn: images, cards) is followed, not taken as a choice.
    const onScroll = () => {
      const top = element.scrollTop;
      if (isAtBottom(element)) {
        stuck.current = true;
        setUnseen(false);
      } else if (top < lastTop) {
        stuck.current = false;
      } else if (stuck.current) {
        scrollToEnd(element);
      }
      lastTop = element.scrollTop;
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => element.removeEventListener("scroll", onScroll);
  }, [scrollRef]);

  const onResize = useCallback(() => {
    if (stuck.current) scrollToEnd(scrollRef.current);
  }, [scrollRef]);

  const jumpToBottom = useCallback(() => {
    stuck.current = true;
    setUnseen(false);
    scrollToEnd(scrollRef.current);
  }, [scrollRef]);

  return { unseen, onResize, jumpToBottom };
}
