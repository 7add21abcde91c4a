import { type ChatStore, createNewMessageWatcher } from "@kore-chat/store";
import { type DragEvent, useEffect, useMemo, useRef, useState } from "react";
import { ChatHeader } from "../components/chat-header.js";
import { Composer } from "../components/composer.js";
import { ConnectionBanner } from "../components/connection-banner.js";
import { MessageList } from "../components/message-list.js";
import { conversationTranscript, downloadTextFile } from "../components/transcript.js";
import { WelcomeScreen } from "../components/welcome-screen.js";
import { directionOf, resolveStrings } from "../i18n/locales.js";
import type { KoreChatStrings } from "../i18n/strings.js";
import { StringsContext } from "../i18n/strings-context.js";
import { builtInTemplates } from "../templates/built-in-templates.js";
import type { TemplateSend } from "../templates/template-types.js";
import { templatesCss } from "../templates/templates-css.js";
import { brandedUi } from "../theme/branded-ui.js";
import { koreChatCss } from "../theme/kore-chat-css.js";
import {
  useAgent,
  useAnsweredTemplates,
  useAttachments,
  useBotTyping,
  useChatState,
  useChatStore,
  useConnection,
  useConversation,
  useLoadEarlier,
} from "./hooks.js";
import { isUiPropName, type KoreChatProps, type KoreChatUiProps } from "./kore-chat-props.js";
import { KoreChatProvider, type KoreChatProviderProps } from "./kore-chat-provider.js";
import { useMessageTone } from "./message-tone.js";
import { useAdoptedStylesheet } from "./use-adopted-stylesheet.js";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect.js";

const widgetCss = `${koreChatCss}\n${templatesCss}`;

type UiProps = KoreChatUiProps;

function ChatWindow(props: UiProps) {
  const store = useChatStore();
  const root = useRef<HTMLElement>(null);
  useAdoptedStylesheet(root, widgetCss, props.styleNonce);
  const strings = useMemo(
    () => resolveStrings(props.locale, props.strings),
    [props.locale, props.strings],
  );
  const dir = props.dir ?? (props.locale === undefined ? undefined : directionOf(props.locale));
  const registry = useMemo(() => ({ ...builtInTemplates, ...props.templates }), [props.templates]);
  const messages = useConversation();
  const connection = useConnection();
  const typing = useBotTyping();
  const history = useLoadEarlier();
  const agent = useAgent();
  const attachments = useAttachments();
  const allowAttachments = props.allowAttachments !== false;
  const accept = useMemo(
    () => store.attachmentRules.allowedExtensions.map((extension) => `.${extension}`).join(","),
    [store],
  );
  const [dragging, setDragging] = useState(false);
  useHostCallbacks(store, props);
  const branded = props.brandFromPlatform === true;
  const branding = useChatState((state) => (branded ? state.branding : undefined));
  useEffect(() => {
    if (branded) store.actions.loadBranding();
  }, [store, branded]);
  const ui = brandedUi(props, branding);
  const welcome = messages.length === 0 && history.complete ? ui.welcome : undefined;
  const [sound, setSound] = useState(props.sound === true);
  useEffect(() => setSound(props.sound === true), [props.sound]);
  const unlockTone = useMessageTone(store, sound, root);

  const carriesFiles = (event: DragEvent) =>
    allowAttachments && Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const dropHandlers = allowAttachments
    ? {
        onDragEnter: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragOver: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          if (event.dataTransfer !== null) event.dataTransfer.dropEffect = "copy";
        },
        onDragLeave: (event: DragEvent) => {
          const next = event.relatedTarget as Node | null;
          if (next === null || !event.currentTarget.contains(next)) setDragging(false);
        },
        onDrop: (event: DragEvent) => {
          setDragging(false);
          const files = Array.from(event.dataTransfer?.files ?? []);
          if (files.length === 0) return;
          event.preventDefault();
          attachments.attach(files);
        },
      }
    : {};

  const answered = useAnsweredTemplates();
  const sendFromTemplate = (send: TemplateSend, messageKey: string) =>
    store.actions.send(send.body, {
      renderMsg: send.renderMsg,
      ...(send.sensitive === true ? { sensitive: true } : {}),
      ...(send.answersTemplate === true ? { answers: messageKey } : {}),
    });

  return (
    <StringsContext.Provider value={strings}>
      <section
        ref={root}
        className={`kc-root kc-chat${props.className === undefined ? "" : ` ${props.className}`}`}
        data-kore-chat=""
        data-connection={connection.status}
        data-agent={agent.connected ? "connected" : undefined}
        data-color-scheme={ui.colorScheme}
        dir={dir}
        lang={props.locale}
        style={ui.style}
        aria-label={ui.title ?? strings.conversation}
        {...dropHandlers}
      >
        {dragging && (
          <div className="kc-drop-overlay" aria-hidden="true">
            {strings.dropFiles}
          </div>
        )}
        <ChatHeader
          title={ui.title}
          agent={agent}
          avatar={ui.avatar}
          status={headerStatus(connection.status, strings)}
          onEndConversation={() => store.actions.endConversation()}
          onEndAgentChat={() => store.actions.closeAgentChat()}
          actionsDisabled={connection.status !== "open"}
          onDownloadTranscript={() => {
            const element = root.current;
            if (element === null) return;
            const text = conversationTranscript(
              store.getState().messages,
              strings,
              strings.formatLocale,
            );
            const day = new Date().toISOString().slice(0, 10);
            downloadTextFile(text, `conversation-${day}.txt`, element.ownerDocument);
          }}
          onMinimize={props.onMinimize}
          onClose={
            props.onClose === undefined
              ? undefined
              : () => {
                  store.actions.endConversation();
                  props.onClose?.();
                }
          }
          expanded={props.expanded}
          onExpandedChange={props.onExpandedChange}
          sound={sound}
          onSoundChange={
            props.sound === undefined
              ? undefined
              : (on) => {
                  if (on) unlockTone();
                  setSound(on);
                  props.onSoundChange?.(on);
                }
          }
        />
        <ConnectionBanner status={connection.status} onRetry={connection.retry} />
        {welcome !== undefined && (
          <WelcomeScreen
            title={welcome.title}
            subtitle={welcome.subtitle}
            starters={welcome.starters}
            onStart={({ title, payload }) => store.actions.send(payload, { renderMsg: title })}
          />
        )}
        <MessageList
          messages={messages}
          onSend={sendFromTemplate}
          onRetry={store.actions.retry}
          answered={answered}
          historyFailed={history.failed}
          hasMore={history.hasMore}
          historyComplete={history.complete && welcome === undefined}
          loadingEarlier={history.loading}
          onLoadEarlier={history.loadEarlier}
          typing={typing}
          agentTyping={agent.typing}
          agentName={agent.name}
          registry={registry}
        />
        <Composer
          initialText={props.initialDraft}
          onTextChange={props.onDraftChange}
          onSend={(text) => store.actions.send(text)}
          onTyping={store.actions.userTyping}
          attachments={
            allowAttachments
              ? {
                  drafts: attachments.drafts,
                  rejections: attachments.rejections,
                  onAttach: attachments.attach,
                  onRemove: attachments.remove,
                  onDismissRejections: attachments.dismissRejections,
                  accept,
                }
              : undefined
          }
        />
      </section>
    </StringsContext.Provider>
  );
}

/** The header's status line: "Online", or what the connection is doing. */
function headerStatus(status: string, strings: KoreChatStrings): string | undefined {
  if (status === "open") return strings.online;
  if (status === "connecting") return strings.connecting;
  if (status === "reconnecting") return strings.reconnecting;
  return undefined;
}

/** Calls the host's `onConnectionChange`, `onError` and `onMessage` (live messages only). */
function useHostCallbacks(store: ChatStore, props: UiProps) {
  const callbacks = useRef(props);
  // The latest callbacks, set once committed; the subscription below lives as long as the store.
  useIsomorphicLayoutEffect(() => {
    callbacks.current = props;
  });
  useEffect(() => {
    const newLiveMessages = createNewMessageWatcher(store.getState().messages);
    return store.subscribe((state, previous) => {
      const { onConnectionChange, onError, onMessage } = callbacks.current;
      if (state.connection !== previous.connection) onConnectionChange?.(state.connection);
      if (
        state.connectionError !== undefined &&
        state.connectionError !== previous.connectionError
      ) {
        onError?.(state.connectionError);
      }
      if (state.messages === previous.messages) return;
      for (const message of newLiveMessages(state.messages)) onMessage?.(message);
    });
  }, [store]);
}

/**
 * The chat widget: header, message list, composer, connection banner, typing
 * indicator and "Load earlier messages", themed by CSS custom properties, in
 * the texts of `locale` (`dir="rtl"` for right-to-left ones) unless `strings` overrides them.
 * UI props (`koreChatUiPropNames`) may change at any time; the rest are the connection's, as
 * `<KoreChatProvider>` takes them (a new `apiHost` or `botInfo` value makes a new connection).
 *
 * @example
 * <KoreChat apiHost="https://bots.kore.ai" botInfo={{ chatBot: "My Bot", taskBotId: "st-…" }}
 *   jwtUrl="/api/kore-jwt" title="Support" onError={(error) => report(error)} />
 */
export function KoreChat(props: KoreChatProps) {
  const ui: Record<string, unknown> = {};
  const connection: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    (isUiPropName(name) ? ui : connection)[name] = value;
  }
  return (
    <KoreChatProvider {...(connection as KoreChatProviderProps)}>
      <ChatWindow {...(ui as UiProps)} />
    </KoreChatProvider>
  );
}
