import { useId, useRef, useState } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { useIsomorphicLayoutEffect } from "../kore-chat/use-isomorphic-layout-effect.js";
import { safeImageUrl } from "../markup/safe-url.js";

export interface ChatHeaderProps {
  /** The widget's title; none: the header shows only the agent and the menu. */
  readonly title?: string | undefined;
  /** A connected live agent (the store's `agent`): name and picture instead of the bot's. */
  readonly agent?:
    | {
        readonly connected: boolean;
        readonly name?: string | undefined;
        readonly avatar?: string | undefined;
      }
    | undefined;
  /** "End conversation" in the menu; absent: no such item. */
  readonly onEndConversation?: (() => void) | undefined;
  /** "End chat with agent" in the menu, shown while an agent is connected. */
  readonly onEndAgentChat?: (() => void) | undefined;
  /** The menu's actions need an open connection: disabled otherwise. */
  readonly actionsDisabled?: boolean | undefined;
  /** The line under the title: the connection's state, or the bot's sub-title. */
  readonly status?: string | undefined;
  /** The bot's picture (a safe URL is required), shown while no agent is connected. */
  readonly avatar?: string | undefined;
  /** "Download transcript" in the menu; absent: no such item. */
  readonly onDownloadTranscript?: (() => void) | undefined;
  /** A "Minimise chat" button (hides the panel; the conversation goes on). */
  readonly onMinimize?: (() => void) | undefined;
  /** A "Close chat" button (the embed ends the conversation and hides the panel). */
  readonly onClose?: (() => void) | undefined;
  /** With `onExpandedChange`: a "Larger window" toggle, pressed while `expanded`. */
  readonly expanded?: boolean | undefined;
  readonly onExpandedChange?: ((expanded: boolean) => void) | undefined;
  /** With `onSoundChange`: a "Message sound" toggle, pressed while `sound` is on. */
  readonly sound?: boolean | undefined;
  readonly onSoundChange?: ((on: boolean) => void) | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * The widget's header: the title, the live agent who took over (name, "Live agent" and their
 * picture when it is a safe URL), and a "Chat options" disclosure with "End conversation" and,
 * while an agent is connected, "End chat with agent". Escape or a click elsewhere closes the
 * menu; focus goes back to its button.
 *
 * @example
 * <ChatHeader title="Support" agent={agent} onEndConversation={() => chat.endConversation()} />
 */
export function ChatHeader({
  title,
  agent,
  onEndConversation,
  onEndAgentChat,
  actionsDisabled = false,
  status,
  avatar: botAvatar,
  onDownloadTranscript,
  onMinimize,
  onClose,
  expanded = false,
  onExpandedChange,
  sound = false,
  onSoundChange,
  strings: explicitStrings,
}: ChatHeaderProps) {
  const strings = useStrings(explicitStrings);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const connected = agent?.connected === true;
  const picture = connected ? agent?.avatar : botAvatar;
  const avatar = picture === undefined ? undefined : safeImageUrl(picture);
  const items = [
    ...(connected && onEndAgentChat !== undefined
      ? [{ key: "end-agent-chat", label: strings.endAgentChat, run: onEndAgentChat }]
      : []),
    ...(onEndConversation === undefined
      ? []
      : [{ key: "end-conversation", label: strings.endConversation, run: onEndConversation }]),
    ...(onDownloadTranscript === undefined
      ? []
      : [
          {
            key: "download-transcript",
            label: strings.downloadTranscript,
            run: onDownloadTranscript,
            always: true,
          },
        ]),
  ];

  // Before paint: a passive effect runs a frame later in preact (the embed), and a key pressed
  // on the menu meanwhile would go to the toggle, or to an item the user had moved to.
  useIsomorphicLayoutEffect(() => {
    if (!open) return;
    const first = menu.current?.querySelector<HTMLButtonElement>("button:not([disabled])");
    first?.focus();
    const root = toggle.current?.getRootNode() as Document | ShadowRoot | undefined;
    const onPointerDown = (event: Event) => {
      const target = event.composedPath()[0];
      if (
        target instanceof Node &&
        (menu.current?.contains(target) || toggle.current?.contains(target))
      )
        return;
      setOpen(false);
    };
    root?.addEventListener("pointerdown", onPointerDown);
    return () => root?.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <header className="kc-header" data-agent={connected ? "connected" : undefined}>
      {avatar !== undefined && <img className="kc-avatar kc-header-avatar" src={avatar} alt="" />}
      <div className="kc-header-text">
        {title !== undefined && <h2 className="kc-title">{title}</h2>}
        {connected ? (
          <p className="kc-header-agent">
            <span className="kc-header-agent-name">{agent?.name ?? strings.liveAgent}</span>
            {agent?.name !== undefined && (
              <span className="kc-header-agent-role"> · {strings.liveAgent}</span>
            )}
          </p>
        ) : (
          status !== undefined && <p className="kc-header-status">{status}</p>
        )}
      </div>
      {items.length > 0 && (
        <div className="kc-header-menu">
          <button
            ref={toggle}
            type="button"
            className="kc-icon-button"
            aria-expanded={open}
            aria-controls={menuId}
            aria-label={strings.chatOptions}
            onClick={() => setOpen((current) => !current)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
          <div ref={menu} id={menuId} className="kc-menu" hidden={!open}>
            {items.map((item) => (
              <button
                key={item.key}
                type="button"
                className="kc-menu-item"
                data-action={item.key}
                disabled={actionsDisabled && !("always" in item)}
                onKeyDown={(event) => {
                  if (event.key !== "Escape") return;
                  event.stopPropagation();
                  close();
                }}
                onClick={() => {
                  item.run();
                  close();
                }}
              >
                {item.label}
              </button>
            ))}
          </div>
        </div>
      )}
      {onSoundChange !== undefined && (
        <HeaderButton
          label={strings.messageSound}
          pressed={sound}
          onClick={() => onSoundChange(!sound)}
          path={`M4 9v6h4l5 4V5L8 9z${sound ? "M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" : "M16 9l5 6M21 9l-5 6"}`}
        />
      )}
      {onExpandedChange !== undefined && (
        <HeaderButton
          className="kc-header-expand"
          label={strings.expandChat}
          pressed={expanded}
          onClick={() => onExpandedChange(!expanded)}
          path="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"
        />
      )}
      {onMinimize !== undefined && (
        <HeaderButton label={strings.minimizeChat} onClick={onMinimize} path="M5 12h14" />
      )}
      {onClose !== undefined && (
        <HeaderButton label={strings.closeChat} onClick={onClose} path="M6 6l12 12M18 6L6 18" />
      )}
    </header>
  );
}

function HeaderButton(props: {
  readonly label: string;
  readonly path: string;
  readonly onClick: () => void;
  readonly pressed?: boolean;
  readonly className?: string;
}) {
  return (
    <button
      type="button"
      className={`kc-icon-button${props.className === undefined ? "" : ` ${props.className}`}`}
      aria-label={props.label}
      aria-pressed={props.pressed}
      onClick={props.onClick}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={props.path} />
      </svg>
    </button>
  );
}
