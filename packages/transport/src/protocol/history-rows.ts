import * as v from "valibot";

/** One component of a history row: `data.text` holds text or a template JSON string. */
export interface HistoryComponent {
  readonly _id?: string | undefined;
  readonly cT?: string | undefined;
  readonly data?: { readonly text?: string | undefined } | undefined;
  readonly thumbnails?: readonly unknown[] | undefined;
}

/**
 * A stored message from `/api/botmessages/rtm` (PROTOCOL.md §5).
 * `type: "incoming"` is the user's, `"outgoing"` the bot's.
 */
export interface HistoryRow {
  readonly _id: string;
  readonly type: "incoming" | "outgoing";
  readonly components: readonly HistoryComponent[];
  readonly createdOn?: string | undefined;
  readonly timestampValue?: number | undefined;
  readonly createdBy?: string | undefined;
  readonly status?: string | undefined;
  readonly sessionId?: string | undefined;
  readonly tN?: string | undefined;
  readonly tags?: unknown;
  readonly [field: string]: unknown;
}

/** One page of chat-window history, newest first on the platform. */
export interface HistoryPage {
  readonly total: number;
  readonly moreAvailable: boolean;
  readonly messages: readonly HistoryRow[];
  /** Rows the page carried that could not be read (logged, never shown half-broken). */
  readonly rejectedRows: number;
}

const optionalString = v.optional(v.string());

const componentSchema: v.GenericSchema<unknown, HistoryComponent> = v.looseObject({
  _id: optionalString,
  cT: optionalString,
  data: v.optional(v.looseObject({ text: v.optional(v.string()) })),
  thumbnails: v.optional(v.array(v.unknown())),
});

export const historyRowSchema: v.GenericSchema<unknown, HistoryRow> = v.looseObject({
  _id: v.pipe(v.string(), v.minLength(1)),
  type: v.picklist(["incoming", "outgoing"]),
  components: v.optional(v.array(componentSchema), []),
  createdOn: optionalString,
  timestampValue: v.optional(v.pipe(v.number(), v.finite())),
  createdBy: optionalString,
  status: optionalString,
  sessionId: optionalString,
  tN: optionalString,
  tags: v.optional(v.unknown()),
});

const pageSchema = v.looseObject({
  total: v.optional(v.number()),
  moreAvailable: v.optional(v.boolean(), false),
  messages: v.optional(v.array(v.unknown()), []),
});

/**
 * Reads a history response. A malformed row is dropped and counted (the
 * caller logs it); a malformed page is an error.
 *
 * @example
 * const page = decodeHistoryPage(await response.json());
 * page.messages.forEach((row) => console.log(row._id, row.type));
 */
export function decodeHistoryPage(body: unknown): HistoryPage | { readonly error: string } {
  const page = v.safeParse(pageSchema, body);
  if (!page.success) {
    return { error: `history response is not a page: ${page.issues[0]?.message ?? "invalid"}` };
  }
  const messages: HistoryRow[] = [];
  let rejectedRows = 0;
  for (const row of page.output.messages) {
    const parsed = v.safeParse(historyRowSchema, row);
    if (parsed.success) messages.push(parsed.output);
    else rejectedRows += 1;
  }
  return {
    total: page.output.total ?? messages.length,
    moreAvailable: page.output.moreAvailable,
    messages,
    rejectedRows,
  };
}
