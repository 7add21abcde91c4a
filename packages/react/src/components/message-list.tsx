import type { ChatMessage } from "@kore-chat/store";
import { type ComponentType, useEffect, useMemo, useRef, useState } from "react";
import { Virtualizer } from "virtua";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { useIsomorphicLayoutEffect } from "../kore-chat/use-isomorphic-layout-effect.js";
import type { TemplateRegistry, TemplateSend } from "../templates/template-types.js";
import type { PartViewProps } from "./bot-turn.js";
import { MessageItem } from "./message-item.js";
import {
  dayLabel,
  fullDateTime,
  isKnownTime,
  localDay,
  sameMinute,
  shortTime,
} from "./message-time.js";
import { TypingIndicator } from "./typing-indicator.js";
import { useStickToBottom } from "./use-stick-to-bottom.js";

/**
 * Rows rendered while nothing is laid out (the widget hidden at mount, or a
 * DOM without layout such as happy-dom): the virtualizer would render none
 * with a zero viewport, so the newest rows render unvirtualized instead.
 */
const unlaidRows = 30;

const noRows: readonly number[] = [];
/**
 * Up to this many messages, every row stays mounted (the virtualizer only positions them), so
 * find-in-page and a screen reader's browse mode reach the whole recent conversation. Longer
 * ones are windowed. Rows off screen skip their rendering work (`content-visibility: auto`).
 */
export const allMountedUpTo = 200;

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A focused control in the log that became disabled drops the keyboard user's focus to
 * <body> (WCAG 2.4.3). Move it to the nearest control of the same template or message,
 * the one before it first (a carousel's other arrow), or else to the log itself.
 */
function rescueFocus(scroller: HTMLElement, lost: HTMLElement) {
  const view = scroller.ownerDocument.defaultView;
  if (view === null) return;
  // After the browser has settled where focus went: only a disabled control is rescued
  // (the window losing focus, or a click on nothing, also focus out to nowhere).
  view.setTimeout(() => {
    const active = (scroller.getRootNode() as Document | ShadowRoot).activeElement;
    if (active !== null && active !== scroller.ownerDocument.body) return;
    if (lost.isConnected && !lost.matches(":disabled")) return;
    const group = lost.isConnected
      ? (lost.closest(".kc-template") ?? lost.closest("[data-row-key]"))
      : null;
    const candidates = group === null ? [] : [...group.querySelectorAll<HTMLElement>(focusable)];
    const before = candidates.filter(
      (candidate) => candidate.compareDocumentPosition(lost) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const target = before[before.length - 1] ?? candidates[0] ?? scroller;
    target.focus({ preventScroll: target === scroller });
  }, 0);
}

/** How long a streamed answer has grown (its text parts' length). */
function streamedLength(message: ChatMessage): number {
  let length = 0;
  for (const part of message.parts) if (part.kind === "text") length += part.text.length;
  return length;
}

/** "Today", "Yesterday", a weekday or a date, between two days of the conversation. */
function DaySeparator({ at, now, locale }: { at: number; now: number; locale: string }) {
  return (
    <p className="kc-day">
      <time dateTime={localDay(at)}>{dayLabel(at, now, locale)}</time>
    </p>
  );
}

export interface MessageListProps {
  /** The conversation, oldest first. */
  readonly messages: readonly ChatMessage[];
  /** A template control was used; `messageKey` is the bot message it belongs to. */
  readonly onSend: (send: TemplateSend, messageKey: string) => void;
  readonly onRetry?: ((key: string) => void) | undefined;
  /** Keys of messages whose template the user answered (the store's `answered`). */
  readonly answered?: Readonly<Record<string, true>> | undefined;
  /** Loading history failed: an error line with a Retry button (which calls `onLoadEarlier`). */
  readonly historyFailed?: boolean | undefined;
  /** More history exists before the first message: show "Load earlier messages". */
  readonly hasMore?: boolean | undefined;
  /** Every history page is loaded: "Start of the conversation" is shown at the top. */
  readonly historyComplete?: boolean | undefined;
  /** A history page is loading: the button is disabled. */
  readonly loadingEarlier?: boolean | undefined;
  readonly onLoadEarlier?: (() => void) | undefined;
  /** Show the bot's typing indicator after the last message. */
  readonly typing?: boolean | undefined;
  /** A live agent is typing: their indicator (with their name) instead of the bot's. */
  readonly agentTyping?: boolean | undefined;
  readonly agentName?: string | undefined;
  readonly registry?: TemplateRegistry | undefined;
  readonly renderPart?: ComponentType<PartViewProps> | undefined;
  readonly strings?: KoreChatStrings | undefined;
  /** "Now" for the day separators ("Today", "Yesterday"), in ms; default: the clock at render. */
  readonly now?: number | undefined;
}

/**
 * The conversation as a `role="log"` live region (new messages are announced
 * politely). Only the rows near the viewport are in the DOM, so long
 * conversations stay light. It follows new messages while the user is at the
 * bottom; once they scroll up it stays put and offers a "New messages" button
 * instead. Loading earlier history keeps the messages in view where they were.
 *
 * @example
 * <MessageList
 *   messages={messages}
 *   hasMore={hasMore}
 *   loadingEarlier={loading}
 *   onLoadEarlier={loadEarlier}
 *   onSend={send}
 *   onRetry={retry}
 * />
 */
export function MessageList({
  messages,
  onSend,
  onRetry,
  answered,
  historyFailed = false,
  hasMore = false,
  historyComplete = false,
  loadingEarlier = false,
  onLoadEarlier,
  typing = false,
  agentTyping = false,
  agentName,
  registry,
  renderPart,
  strings: explicitStrings,
  now,
}: MessageListProps) {
  const strings = useStrings(explicitStrings);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  // Where the rows start inside the scroller (below "Load earlier messages").
  const [startMargin, setStartMargin] = useState(0);
  // Whether the scroller has a size; see `unlaidRows`.
  const [laidOut, setLaidOut] = useState(true);
  // The row holding keyboard focus stays rendered while scrolled out of view,
  // so focus is not lost to <body> when its row would be recycled.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const loadEarlierRef = useRef<HTMLButtonElement>(null);
  const loadEarlierHadFocus = useRef(false);

  const indexByKey = useMemo(
    () => new Map(messages.map((message, index) => [message.key, index])),
    [messages],
  );
  const focusedIndex = focusedKey === null ? undefined : indexByKey.get(focusedKey);
  const count = messages.length;
  const keepMounted = useMemo(
    () =>
      count <= allMountedUpTo
        ? Array.from({ length: count }, (_, index) => index)
        : focusedIndex === undefined
          ? noRows
          : [focusedIndex],
    [focusedIndex, count],
  );

  // Earlier history went in before the first message: the virtualizer keeps
  // the rows in view where they are (`shift`) for exactly this update.
  const firstKey = messages[0]?.key;
  const previousFirstKey = useRef(firstKey);
  const shift =
    previousFirstKey.current !== undefined &&
    firstKey !== previousFirstKey.current &&
    (indexByKey.get(previousFirstKey.current) ?? 0) > 0;
  useEffect(() => {
    previousFirstKey.current = firstKey;
  });

  const last = messages[messages.length - 1];
  const { unseen, onResize, jumpToBottom } = useStickToBottom(scrollRef, {
    lastKey: last?.key ?? "",
    lastIsOwn: last?.author === "user",
    // A streamed answer grows the end of the list too: follow it (unless scrolled up).
    tail: `${typing}|${agentTyping}|${laidOut}|${last?.streaming === "open" ? streamedLength(last) : ""}`,
  });

  // No size at mount: render without the virtualizer until the scroller is
  // laid out (a hidden widget being shown), then virtualize for good.
  useIsomorphicLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller === null || scroller.clientHeight > 0) return;
    setLaidOut(false);
    const Observer = scroller.ownerDocument.defaultView?.ResizeObserver;
    if (Observer === undefined) return;
    const observer = new Observer(() => {
      if (scroller.clientHeight === 0) return;
      observer.disconnect();
      setLaidOut(true);
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // The load-earlier button coming or going moves the rows: track it, and
  // keep what the user reads in place unless they are at the bottom.
  useIsomorphicLayoutEffect(() => {
    const rows = rowsRef.current;
    const scroller = scrollRef.current;
    if (rows === null || scroller === null) return;
    const margin = rows.offsetTop;
    if (margin === startMargin) return;
    if (scroller.scrollTop > 0) scroller.scrollTop += margin - startMargin;
    setStartMargin(margin);
  });

  // Focus tracking through listeners: the log is not an interactive control.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (scroller === null) return;
    const onFocusIn = (event: FocusEvent) => {
      loadEarlierHadFocus.current = event.target === loadEarlierRef.current;
      const row = (event.target as Element).closest("[data-row-key]");
      setFocusedKey(row?.getAttribute("data-row-key") ?? null);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget !== null && !scroller.contains(event.relatedTarget as Node)) {
        loadEarlierHadFocus.current = false;
      }
      if (!scroller.contains(event.relatedTarget as Node | null)) setFocusedKey(null);
      // Focus going nowhere: maybe the focused control was just disabled (a carousel arrow
      // at its last card, an answered template's button).
      if (event.relatedTarget === null) rescueFocus(scroller, event.target as HTMLElement);
    };
    scroller.addEventListener("focusin", onFocusIn);
    scroller.addEventListener("focusout", onFocusOut);
    return () => {
      scroller.removeEventListener("focusin", onFocusIn);
      scroller.removeEventListener("focusout", onFocusOut);
    };
  }, []);

  // "Load earlier messages" is disabled while a page loads and goes away after the last one:
  // a keyboard user who pressed it would be left on <body>. Keep their focus in the log.
  // Runs when the button changes state.
  useIsomorphicLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller === null || !loadEarlierHadFocus.current) return;
    const button = loadEarlierRef.current;
    if (button !== null && !button.disabled) return;
    const active = (scroller.getRootNode() as Document | ShadowRoot).activeElement;
    if (active === null || active === button || active === scroller.ownerDocument.body) {
      scroller.focus({ preventScroll: true });
    }
  }, [hasMore, loadingEarlier]);

  // Messages are ordered by time: a turn older than the user's last message has been answered.
  const lastUserAt = messages.findLast((message) => message.author === "user")?.createdAt;
  const today = now ?? Date.now();
  const firstShown = laidOut ? messages[0] : messages[Math.max(0, messages.length - unlaidRows)];
  const locale = strings.formatLocale;
  const renderRow = (message: ChatMessage, index: number) => {
    const at = message.createdAt;
    const known = isKnownTime(at) && message.author !== "system";
    const next = messages[index + 1];
    // A new day's separator ends the row before it, and the first day's heads the list: a row
    // never changes height when earlier history goes in above it (what is read stays put).
    const nextDay =
      next !== undefined &&
      isKnownTime(next.createdAt) &&
      (!isKnownTime(at) || localDay(next.createdAt) !== localDay(at));
    // One time under a run of one author's messages within a minute: under its last one.
    const endsRun =
      next === undefined ||
      next.author !== message.author ||
      !isKnownTime(next.createdAt) ||
      !sameMinute(next.createdAt, at);
    return (
      <div key={message.key} className="kc-row" data-row-key={message.key}>
        <MessageItem
          message={message}
          onSend={onSend}
          onRetry={onRetry}
          registry={registry}
          renderPart={renderPart}
          strings={strings}
          answered={lastUserAt !== undefined && message.createdAt < lastUserAt}
          templateAnswered={answered?.[message.key] === true}
        />
        {known && endsRun && (
          <time
            className={
              message.author === "user" ? "kc-message-time kc-message-time--own" : "kc-message-time"
            }
            dateTime={new Date(at).toISOString()}
            title={fullDateTime(at, locale)}
          >
            <span aria-hidden="true">{shortTime(at, locale)}</span>
            <span className="kc-visually-hidden">{fullDateTime(at, locale)}</span>
          </time>
        )}
        {nextDay && <DaySeparator at={next.createdAt} now={today} locale={locale} />}
      </div>
    );
  };

  return (
    <div className="kc-message-list">
      <div
        ref={scrollRef}
        className="kc-scroll"
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label={strings.conversation}
        aria-busy={loadingEarlier}
        // Keyboard users must be able to scroll the conversation.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus
        tabIndex={0}
      >
        {historyFailed && (
          <div className="kc-history-error" role="alert">
            <span>{strings.historyFailed}</span>
            <button
              type="button"
              className="kc-history-error__retry"
              disabled={loadingEarlier}
              onClick={onLoadEarlier}
            >
              {strings.retry}
            </button>
          </div>
        )}
        {hasMore && !historyFailed && (
          <button
            ref={loadEarlierRef}
            type="button"
            className="kc-load-earlier"
            disabled={loadingEarlier}
            onClick={onLoadEarlier}
          >
            {strings.loadEarlier}
          </button>
        )}
        {historyComplete && !hasMore && !historyFailed && (
          <p className="kc-history-start">{strings.conversationStart}</p>
        )}
        {firstShown !== undefined && isKnownTime(firstShown.createdAt) && (
          <DaySeparator at={firstShown.createdAt} now={today} locale={locale} />
        )}
        <div ref={rowsRef} className="kc-rows">
          {laidOut ? (
            <Virtualizer
              scrollRef={scrollRef}
              data={messages}
              shift={shift}
              startMargin={startMargin}
              keepMounted={keepMounted}
              onResize={onResize}
            >
              {renderRow}
            </Virtualizer>
          ) : (
            messages
              .slice(-unlaidRows)
              .map((message, index) =>
                renderRow(message, Math.max(0, messages.length - unlaidRows) + index),
              )
          )}
        </div>
        {agentTyping ? (
          <TypingIndicator who="agent" agentName={agentName} strings={strings} />
        ) : (
          typing && <TypingIndicator strings={strings} />
        )}
      </div>
      {unseen && (
        <button type="button" className="kc-new-messages" onClick={jumpToBottom}>
          {strings.newMessages}
        </button>
      )}
    </div>
  );
}
