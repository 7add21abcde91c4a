import { randomUUID } from "node:crypto";
import { realpathSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createHistoryApiClient } from "./history-api-client.js";
import { HistoryApiParameterError } from "./history-api-errors.js";
import type { ChannelType } from "./history-api-types.js";
import type { HistoryWindowProgress } from "./history-api-walkers.js";
import { parseHistoryApiDate } from "./parse-history-api-date.js";
import { signAppJwt } from "./sign-app-jwt.js";
import { normalizeChannelType } from "./validate-params.js";

/**
 * Text of `kore-history-export --help`.
 *
 * @example
 * process.stdout.write(HISTORY_EXPORT_USAGE);
 */
export const HISTORY_EXPORT_USAGE = `Usage: kore-history-export --host <url> --bot-id <st-...> --user-id <u-... or identity>
                           --from <date> --to <date> [--channel rtm] [--out file]
                           [--method GET|POST] [--limit 100] [--jwt <app JWT>]

Exports one user's conversation history for a date range of any length as JSON lines
(one message row per line, oldest first), asking the Conversation History API in windows
under 7 days. Progress goes to stderr.

Dates: yyyy-mm-dd or yyyy-mm-ddThh:mm:ss(.sss)Z, in UTC. A --to without a time includes
that whole day.

Auth (an app with the "Chat History" API scope), first found wins:
  --jwt <token>                          a ready app JWT
  KORE_HISTORY_JWT                       a ready app JWT
  KORE_CLIENT_ID + KORE_CLIENT_SECRET    signed here (HS256); the secret is never an argument

Exit codes: 0 done, 1 the API failed, 2 usage error.
`;

/**
 * Where {@link runHistoryExport} writes: `process.stdout` / `process.stderr`, or a test's fake.
 *
 * @example
 * const lines: string[] = [];
 * const stream: HistoryExportStream = { write: (chunk) => lines.push(chunk) > 0 };
 */
export interface HistoryExportStream {
  write(chunk: string): boolean;
  once?(event: "drain", listener: () => void): unknown;
}

/**
 * What {@link runHistoryExport} runs against, injected so tests run it in-process.
 *
 * @example
 * const io: HistoryExportIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };
 */
export interface HistoryExportIo {
  readonly stdout: HistoryExportStream;
  readonly stderr: HistoryExportStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

interface ExportSettings {
  readonly host: string;
  readonly botId: string;
  readonly userId: string;
  readonly from: string;
  readonly to: string;
  readonly channelType: ChannelType | undefined;
  readonly method: "GET" | "POST";
  readonly limit: number;
  readonly out: string | undefined;
  readonly getJWT: () => Promise<string> | string;
}

class UsageError extends Error {}

/**
 * The `kore-history-export` command: parses `argv` (without `node` and the script), exports,
 * and resolves to the exit code (0 done, 1 API error, 2 usage error). Never calls `process.exit`.
 *
 * @example
 * const code = await runHistoryExport(
 *   ["--host", "https://bots.kore.ai", "--bot-id", "st-1", "--user-id", "u-1", "--from", "2024-01-01", "--to", "2024-01-31"],
 *   { stdout: process.stdout, stderr: process.stderr, env: process.env },
 * );
 */
export async function runHistoryExport(
  argv: readonly string[],
  io: HistoryExportIo,
): Promise<number> {
  let settings: ExportSettings | "help";
  try {
    settings = parseSettings(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof HistoryApiParameterError)) throw error;
    io.stderr.write(`kore-history-export: ${error.message}\n\n${HISTORY_EXPORT_USAGE}`);
    return 2;
  }
  if (settings === "help") {
    await write(io.stdout, HISTORY_EXPORT_USAGE);
    return 0;
  }
  const { out } = settings;
  const temporary = out ? join(dirname(out), `.${basename(out)}.${randomUUID()}.partial`) : "";
  const file = out ? await open(temporary, "w") : undefined;
  try {
    const client = createHistoryApiClient({
      host: settings.host,
      botId: settings.botId,
      getJWT: settings.getJWT,
      ...(io.fetch ? { fetch: io.fetch } : {}),
      logger: { warn: (message) => io.stderr.write(`warning: ${message}\n`) },
    });
    let total = 0;
    let windows = 0;
    const params = {
      userId: settings.userId,
      dateFrom: settings.from,
      dateTo: settings.to,
      limit: settings.limit,
      ...(settings.channelType ? { channelType: settings.channelType } : {}),
    };
    const onWindow = (progress: HistoryWindowProgress): void => {
      windows = progress.windowCount;
      io.stderr.write(
        `window ${progress.index + 1}/${progress.windowCount} ${progress.dateFrom} → ${progress.dateTo}: ${progress.messageCount} messages\n`,
      );
    };
    const rows =
      settings.method === "POST"
        ? client.messagesInRange(params, { method: "POST", onWindow })
        : client.messagesInRange(params, { onWindow });
    for await (const row of rows) {
      const line = `${JSON.stringify(row)}\n`;
      if (file) await file.write(line);
      else await write(io.stdout, line);
      total += 1;
    }
    if (file) {
      await file.close();
      await rename(temporary, out ?? temporary);
    }
    io.stderr.write(`exported ${total} messages in ${windows} windows${out ? ` to ${out}` : ""}\n`);
    return 0;
  } catch (error) {
    if (file) {
      await file.close().catch(() => undefined);
      await rm(temporary, { force: true });
    }
    if (error instanceof HistoryApiParameterError) {
      io.stderr.write(`kore-history-export: ${error.message}\n\n${HISTORY_EXPORT_USAGE}`);
      return 2;
    }
    io.stderr.write(
      `kore-history-export: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

function parseSettings(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ExportSettings | "help" {
  let values: Partial<Record<string, string | boolean>>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: "string" },
        "bot-id": { type: "string" },
        "user-id": { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        channel: { type: "string" },
        method: { type: "string" },
        limit: { type: "string" },
        out: { type: "string" },
        jwt: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return "help";
  const required = (name: string): string => {
    const value = values[name];
    if (typeof value !== "string" || value.trim() === "")
      throw new UsageError(`--${name} is required`);
    return value.trim();
  };
  const optional = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === "string" ? value.trim() : undefined;
  };

  const host = required("host");
  const botId = required("bot-id");
  const userId = required("user-id");
  const from = parseHistoryApiDate(required("from"), "--from");
  const toInput = parseHistoryApiDate(required("to"), "--to");
  // "--to 2024-01-31" reads as "through January 31st", not "until its first millisecond".
  const toTime = toInput.dateOnly ? toInput.time + 86_400_000 - 1 : toInput.time;
  if (toTime < from.time) throw new UsageError("--to is before --from");

  const channel = optional("channel");
  const channelType = channel === undefined ? undefined : normalizeChannelType(channel);
  if (channel !== undefined && !channelType) {
    throw new UsageError(`--channel "${channel}" is not a channel type the History API knows`);
  }
  const method = (optional("method") ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "POST") throw new UsageError("--method must be GET or POST");
  const limitText = optional("limit") ?? "100";
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1) {
    throw new UsageError(`--limit must be a whole number ≥ 1, got "${limitText}"`);
  }

  return {
    host,
    botId,
    userId,
    from: new Date(from.time).toISOString(),
    to: new Date(toTime).toISOString(),
    channelType,
    method,
    limit,
    out: optional("out"),
    getJWT: resolveJwt(optional("jwt"), env),
  };
}

function resolveJwt(
  jwt: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): () => Promise<string> | string {
  const ready = jwt || env.KORE_HISTORY_JWT;
  if (ready) return () => ready;
  const clientId = env.KORE_CLIENT_ID;
  const clientSecret = env.KORE_CLIENT_SECRET;
  if (clientId && clientSecret) return () => signAppJwt({ clientId, clientSecret });
  throw new UsageError(
    "no credentials: pass --jwt, or set KORE_HISTORY_JWT, or KORE_CLIENT_ID and KORE_CLIENT_SECRET",
  );
}

function write(stream: HistoryExportStream, chunk: string): Promise<void> | undefined {
  if (stream.write(chunk) || !stream.once) return undefined;
  const once = stream.once.bind(stream);
  return new Promise((resolve) => once("drain", resolve));
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  process.exitCode = await runHistoryExport(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
