/**
 * Every visible or accessible text the widget's components show. Hosts
 * translate by passing their own catalogue (spread over `englishStrings` to
 * override a few).
 */
export interface KoreChatStrings {
  /** The composer field's label. */
  readonly message: string;
  /** The composer's placeholder. */
  readonly messagePlaceholder: string;
  readonly send: string;
  /** The conversation log's accessible name. */
  readonly conversation: string;
  readonly connecting: string;
  readonly reconnecting: string;
  readonly offline: string;
  readonly connectionFailed: string;
  readonly retry: string;
  readonly sending: string;
  readonly delivered: string;
  readonly notSent: string;
  readonly botTyping: string;
  readonly loadEarlier: string;
  readonly newMessages: string;
  /** Visually hidden prefix of each message, for screen readers ("You said"). */
  readonly youSaid: string;
  readonly botSaid: string;
  readonly agentSaid: string;
}

/**
 * The default, English catalogue.
 *
 * @example
 * <Composer strings={{ ...englishStrings, send: "Envoyer" }} onSend={send} />
 */
export const englishStrings: KoreChatStrings = Object.freeze({
  message: "Message",
  messagePlaceholder: "Type a message…",
  send: "Send",
  conversation: "Conversation",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  offline: "Offline — messages will be sent when you're back",
  connectionFailed: "Can't connect to the chat",
  retry: "Retry",
  sending: "Sending…",
  delivered: "Delivered",
  notSent: "Not sent",
  botTyping: "Bot is typing",
  loadEarlier: "Load earlier messages",
  newMessages: "New messages",
  youSaid: "You said:",
  botSaid: "Bot said:",
  agentSaid: "Agent said:",
});
