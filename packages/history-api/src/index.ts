export {
  type DateWindow,
  DEFAULT_HISTORY_WINDOW_MS,
  type SplitDateRangeOptions,
  splitDateRange,
} from "./date-windows.js";
export type { HistoryApiLogger } from "./decode-history-api-response.js";
export {
  createHistoryApiClient,
  type HistoryApiAuth,
  type HistoryApiClient,
  type HistoryApiClientOptions,
  type HistoryApiGetOptions,
  type HistoryApiPostOptions,
} from "./history-api-client.js";
export { HistoryApiError, HistoryApiParameterError } from "./history-api-errors.js";
export {
  CHANNEL_TYPES,
  type ChannelType,
  type HistoryApiCommonParams,
  type HistoryApiComponent,
  type HistoryApiDate,
  type HistoryApiGetParams,
  type HistoryApiMessage,
  type HistoryApiMethod,
  type HistoryApiPostParams,
  type HistoryApiResponse,
  type HistoryApiTag,
  type HistoryApiTagCondition,
  type HistoryApiTagFilter,
  type HistoryApiTagType,
  historyApiMessageSchema,
} from "./history-api-types.js";
export type {
  HistoryApiRangeOptions,
  HistoryApiRangeParams,
  HistoryWindowProgress,
} from "./history-api-walkers.js";
export { type SignAppJwtOptions, signAppJwt } from "./sign-app-jwt.js";
export {
  HISTORY_API_WINDOW_LIMIT_MS,
  type HistoryApiWireParams,
  normalizeChannelType,
  validateHistoryApiParams,
} from "./validate-params.js";
