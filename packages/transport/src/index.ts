export {
  type AttachmentKind,
  type AttachmentRejection,
  type AttachmentRejectionReason,
  type AttachmentRules,
  attachmentKindOf,
  checkFiles,
  defaultAttachmentRules,
  extensionOf,
  type FileFacts,
} from "./attachments/attachment-rules.js";
export {
  type UploadedFile,
  type UploadOptions,
  type UploadProgress,
  type UploadSource,
  uploadChunkBytes,
} from "./attachments/upload-file.js";
export type { AccessTokenManager, UserInfo } from "./auth/access-token-manager.js";
export { fetchJwt, type JwtProvider } from "./auth/jwt-source.js";
export { type Backoff, type BackoffPolicy, defaultBackoffPolicy } from "./connection/backoff.js";
export {
  type ConnectionEvent,
  type ConnectionState,
  type ConnectionStatus,
  nextConnectionState,
} from "./connection/connection-status.js";
export {
  type HeadStart,
  type HeadStartOptions,
  startHeadStart,
} from "./connection/head-start.js";
export type { ConnectionMode } from "./connection/rtm-connection.js";
export {
  browserNetworkSignals,
  consoleLogger,
  type Logger,
  type NetworkSignal,
  type NetworkSignals,
  type Scheduler,
  silentLogger,
  systemScheduler,
  type TimerHandle,
} from "./environment.js";
export { type KoreErrorCode, KoreTransportError } from "./errors.js";
export {
  createKoreClient,
  type HistoryPageRequest,
  type KoreClient,
  type KoreClientEvents,
  type SendFailure,
  type SendOptions,
  type StatusChange,
} from "./kore-client.js";
export {
  documentedPaths,
  type KoreClientOptions,
  type PlatformPaths,
  type WebSocketConstructor,
  type WebSocketLike,
  webSdkPaths,
} from "./kore-client-options.js";
export {
  type Branding,
  type BrandingStarter,
  type BrandingWelcome,
  decodeBranding,
} from "./protocol/branding.js";
export { type DecodeResult, decodeFrame, type FrameRejection } from "./protocol/decode-frame.js";
export type {
  AckFrame,
  AgentEvent,
  AgentEventFrame,
  AgentEventName,
  BotActiveFrame,
  BotInfo,
  BotMessageFrame,
  BotMessagePart,
  BotResponseFrame,
  ClientMessageId,
  CloseConversationFrame,
  EventsFrame,
  FrameAuthor,
  HelloFrame,
  IncomingBotInfo,
  IncomingFrame,
  IncomingFrameType,
  JsonObject,
  MessageAttachment,
  OutgoingFrame,
  PingFrame,
  PongFrame,
  SessionStartFrame,
  UserMessageFrame,
} from "./protocol/frames.js";
export {
  decodeHistoryPage,
  type HistoryComponent,
  type HistoryPage,
  type HistoryRow,
} from "./protocol/history-rows.js";
export {
  browserSessionStorage,
  defaultOutboxStorage,
  type KeyValueStorage,
  type OutboxStorage,
  type StoredMessage,
  webStorageOutbox,
} from "./rtm/outbox-storage.js";
