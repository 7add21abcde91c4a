export type { UploadRequestKind, UploadRequestRecord } from "./attachment-routes.js";
export type { AccessTokenRecord, AppCredentials } from "./auth.js";
export type {
  AgentAuthor,
  BotInfo,
  BotPart,
  BotTurn,
  MediaType,
  TemplatePayload,
  WirePart,
} from "./bot-turn.js";
export type {
  BrandingAnswer,
  BrandingControls,
  BrandingRequest,
  BrandTheme,
} from "./branding.js";
export { demoBrandTheme } from "./branding.js";
export type { DemoReplyOptions } from "./demo-bot.js";
export { demoBotReply, demoShowNames, formatFileSize } from "./demo-bot.js";
export { demoMedia, demoMediaMessages, demoTemplates } from "./demo-templates.js";
export type { FaultControls } from "./fault-controls.js";
export { malformedFrames } from "./fault-controls.js";
export type { FailureSpec, FaultEndpoint, FaultFilter } from "./faults.js";
export type {
  AttachmentFileType,
  HistoryComponent,
  HistoryFileComponent,
  HistoryPage,
  HistoryRow,
  HistoryTag,
  HistoryTextComponent,
  HistoryThumbnail,
  SeedRow,
} from "./history-store.js";
export type { MessageAttachment } from "./message-attachments.js";
export type { PublicHistoryRequest } from "./public-history-routes.js";
export type { ReceivedMessage } from "./rtm-conversation.js";
export type { SimulatorHandle, SimulatorOptions } from "./simulator.js";
export { demoApp, startSimulator } from "./simulator.js";
export type { SocketUrlRecord } from "./socket-urls.js";
export type { UploadFaultFilter } from "./upload-faults.js";
export type { UploadRecord } from "./upload-store.js";
