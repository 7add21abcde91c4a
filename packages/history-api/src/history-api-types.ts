import * as v from "valibot";

/**
 * The channel types the Conversation History API accepts as `channelType`, exactly as the
 * platform documents them (the platform compares them case-insensitively).
 *
 * @example
 * CHANNEL_TYPES.includes("rtm"); // true
 */
export const CHANNEL_TYPES = [
  "skypeforbusiness",
  "msteams",
  "twitter",
  "spark",
  "rtm",
  "facebook",
  "slack",
  "skype",
  "kore",
  "email",
  "sms",
  "wfacebook",
  "ringcentral",
  "jabber",
  "yammer",
  "alexa",
  "twiliovoice",
  "telegram",
  "ivr",
  "ivrVoice",
  "line",
  "liveperson",
  "googleactions",
  "hangoutchat",
  "mattermost",
  "rcs",
] as const;

/**
 * One of {@link CHANNEL_TYPES}.
 *
 * @example
 * const channel: ChannelType = "msteams";
 */
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/**
 * A date parameter: `yyyy-mm-dd`, `yyyy-mm-ddThh:mm:ss(.sss)Z`, or a `Date` (sent as ISO).
 *
 * @example
 * const from: HistoryApiDate = "2024-01-01";
 * const to: HistoryApiDate = new Date("2024-01-06T12:00:00.000Z");
 */
export type HistoryApiDate = string | Date;

/**
 * Which kind of meta tag a tag condition matches.
 *
 * @example
 * const kind: HistoryApiTagType = "session";
 */
export type HistoryApiTagType = "user" | "message" | "session";

/**
 * One tag condition of a POST `tags` filter.
 *
 * @example
 * const condition: HistoryApiTagCondition = { name: "plan", values: ["gold"], type: "user" };
 */
export interface HistoryApiTagCondition {
  readonly name: string;
  readonly values: readonly string[];
  readonly type: HistoryApiTagType;
}

/**
 * The POST form's `tags` filter: every condition in `and` must match.
 *
 * @example
 * const tags: HistoryApiTagFilter = { and: [{ name: "plan", values: ["gold"], type: "user" }] };
 */
export interface HistoryApiTagFilter {
  readonly and: readonly HistoryApiTagCondition[];
}

/**
 * Parameters shared by the GET and POST forms (PROTOCOL.md § 6).
 *
 * @example
 * const page: HistoryApiCommonParams = { skip: 0, limit: 50, forward: true };
 */
export interface HistoryApiCommonParams {
  /** Messages to skip; the platform's alias is `offset` (give one of the two). */
  readonly skip?: number;
  readonly offset?: number;
  /** Page size, at least 1. */
  readonly limit?: number;
  /** `true`: oldest → newest; `false` (the platform's default): newest → oldest. */
  readonly forward?: boolean;
  /** With `dateTo`, a window under 7 days. Not with `msgId`. */
  readonly dateFrom?: HistoryApiDate;
  readonly dateTo?: HistoryApiDate;
  /** Default on the platform: `rtm`. */
  readonly channelType?: ChannelType;
  /** Which webhook instance, for a multi-webhook `ivr` channel. */
  readonly ivrInstID?: string;
  /** Start at this message; not with `dateFrom` / `dateTo`. */
  readonly msgId?: string;
  /** Only with `msgId`: < 0 backward, 0 both ways, > 0 forward (the platform's default). */
  readonly direction?: number;
}

/**
 * Parameters of the GET form: `userId` is required and `sessionId` is a single id.
 *
 * @example
 * const params: HistoryApiGetParams = { userId: "u-123", dateFrom: "2024-01-01", dateTo: "2024-01-06" };
 */
export interface HistoryApiGetParams extends HistoryApiCommonParams {
  readonly userId: string;
  readonly sessionId?: string;
}

/**
 * Parameters of the POST form: `userId` is optional, `sessionId` is a list, `tags` filters.
 *
 * @example
 * const params: HistoryApiPostParams = { sessionId: ["5ead..."], tags: { and: [] } };
 */
export interface HistoryApiPostParams extends HistoryApiCommonParams {
  readonly userId?: string;
  readonly sessionId?: readonly string[];
  readonly tags?: HistoryApiTagFilter;
}

/**
 * The HTTP form of a request.
 *
 * @example
 * const method: HistoryApiMethod = "POST";
 */
export type HistoryApiMethod = "GET" | "POST";

/**
 * A `{ name, value }` meta tag on a message row.
 *
 * @example
 * const tag: HistoryApiTag = { name: "RCSID", value: "+15550100" };
 */
export interface HistoryApiTag {
  readonly name?: string;
  readonly value?: unknown;
  readonly [field: string]: unknown;
}

/**
 * One component of a message row; `data.text` may hold a JSON template payload as a string.
 *
 * @example
 * const component: HistoryApiComponent = { cT: "text", data: { text: "Hi" } };
 */
export interface HistoryApiComponent {
  readonly _id?: string;
  readonly cT?: string;
  readonly data?: { readonly text?: string; readonly [field: string]: unknown };
  readonly thumbnails?: readonly { readonly [field: string]: unknown }[];
  readonly [field: string]: unknown;
}

/**
 * One message row. Only `_id` and `createdOn` are required (they de-duplicate and order rows);
 * every other field is optional and unknown fields are kept as received.
 *
 * @example
 * const row: HistoryApiMessage = { _id: "ms-1", type: "incoming", createdOn: "2024-01-01T10:00:00.000Z" };
 */
export interface HistoryApiMessage {
  readonly _id: string;
  readonly createdOn: string;
  /** `incoming`: the user's message; `outgoing`: the bot's. */
  readonly type?: string;
  readonly status?: string;
  readonly timestampValue?: number;
  readonly createdBy?: string;
  readonly lmodifiedBy?: string;
  readonly lmodifiedOn?: string;
  readonly botId?: string;
  readonly orgId?: string;
  readonly accountId?: string;
  readonly sessionId?: string;
  readonly lang?: string;
  /** Some rows say `channel` instead of `chnl`. */
  readonly chnl?: string;
  readonly channel?: string;
  readonly channels?: readonly {
    readonly type?: string;
    readonly channelUId?: string;
    readonly [field: string]: unknown;
  }[];
  readonly components?: readonly HistoryApiComponent[];
  readonly isBB?: number;
  readonly isD?: number;
  readonly ms?: number;
  readonly tags?: {
    readonly messageTags?: readonly HistoryApiTag[];
    readonly userTags?: readonly HistoryApiTag[];
    readonly sessionTags?: readonly HistoryApiTag[];
    readonly [field: string]: unknown;
  };
  readonly [field: string]: unknown;
}

/**
 * A decoded page. Rows that fail {@link historyApiMessageSchema} are not in `messages`
 * (they are reported to the client's logger); `receivedCount` counts them too, because
 * the next page's `skip` must advance by what the platform sent.
 *
 * @example
 * const page: HistoryApiResponse = { total: 0, moreAvailable: false, messages: [], receivedCount: 0 };
 */
export interface HistoryApiResponse {
  readonly total: number;
  readonly moreAvailable: boolean;
  readonly icon?: string;
  readonly messages: readonly HistoryApiMessage[];
  readonly receivedCount: number;
}

const tagSchema = v.looseObject({
  name: v.exactOptional(v.string()),
  value: v.exactOptional(v.unknown()),
});

const componentSchema = v.looseObject({
  _id: v.exactOptional(v.string()),
  cT: v.exactOptional(v.string()),
  data: v.exactOptional(v.looseObject({ text: v.exactOptional(v.string()) })),
  thumbnails: v.exactOptional(v.array(v.looseObject({}))),
});

/**
 * Runtime schema of one message row, loose: unknown fields pass through untouched.
 *
 * @example
 * v.is(historyApiMessageSchema, { _id: "ms-1", createdOn: "2024-01-01T00:00:00.000Z" }); // true
 */
export const historyApiMessageSchema: v.GenericSchema<HistoryApiMessage> = v.looseObject({
  _id: v.pipe(v.string(), v.minLength(1)),
  createdOn: v.string(),
  type: v.exactOptional(v.string()),
  status: v.exactOptional(v.string()),
  timestampValue: v.exactOptional(v.number()),
  createdBy: v.exactOptional(v.string()),
  lmodifiedBy: v.exactOptional(v.string()),
  lmodifiedOn: v.exactOptional(v.string()),
  botId: v.exactOptional(v.string()),
  orgId: v.exactOptional(v.string()),
  accountId: v.exactOptional(v.string()),
  sessionId: v.exactOptional(v.string()),
  lang: v.exactOptional(v.string()),
  chnl: v.exactOptional(v.string()),
  channel: v.exactOptional(v.string()),
  channels: v.exactOptional(
    v.array(
      v.looseObject({
        type: v.exactOptional(v.string()),
        channelUId: v.exactOptional(v.string()),
      }),
    ),
  ),
  components: v.exactOptional(v.array(componentSchema)),
  isBB: v.exactOptional(v.number()),
  isD: v.exactOptional(v.number()),
  ms: v.exactOptional(v.number()),
  tags: v.exactOptional(
    v.looseObject({
      messageTags: v.exactOptional(v.array(tagSchema)),
      userTags: v.exactOptional(v.array(tagSchema)),
      sessionTags: v.exactOptional(v.array(tagSchema)),
    }),
  ),
});

/**
 * Runtime schema of a response envelope; rows are checked one by one afterwards so that
 * one malformed row does not lose the page.
 *
 * @example
 * v.is(historyApiEnvelopeSchema, { total: 0, moreAvailable: false, messages: [] }); // true
 */
export const historyApiEnvelopeSchema = v.looseObject({
  total: v.exactOptional(v.number()),
  moreAvailable: v.exactOptional(v.boolean()),
  icon: v.exactOptional(v.string()),
  messages: v.array(v.unknown()),
});
