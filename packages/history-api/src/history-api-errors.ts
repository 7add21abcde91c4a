/**
 * A request parameter the platform would reject (or silently misread), caught before sending.
 * `parameter` names it exactly as the platform spells it.
 *
 * @example
 * try {
 *   await client.getMessages({ userId: "u-1", direction: 1 });
 * } catch (error) {
 *   if (error instanceof HistoryApiParameterError) console.error(error.parameter); // "direction"
 * }
 */
export class HistoryApiParameterError extends Error {
  override readonly name = "HistoryApiParameterError";
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

/**
 * The History API answered with an error, or could not be reached. `status` is the HTTP
 * status (0 when no response arrived); `platformMessage` / `code` come from the platform's
 * `errors[0]` when it sent one.
 *
 * @example
 * try {
 *   await client.getMessages({ userId: "u-1" });
 * } catch (error) {
 *   if (error instanceof HistoryApiError && error.status === 401) console.error("check the app's API scope");
 * }
 */
export class HistoryApiError extends Error {
  override readonly name = "HistoryApiError";
  readonly status: number;
  readonly platformMessage: string | undefined;
  readonly code: string | number | undefined;
  readonly body: unknown;

  constructor(
    message: string,
    details: {
      status: number;
      platformMessage?: string | undefined;
      code?: string | number | undefined;
      body?: unknown;
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.platformMessage = details.platformMessage;
    this.code = details.code;
    this.body = details.body;
  }
}

/**
 * The {@link HistoryApiError} for a non-2xx answer: the platform's `errors[0].msg` and `code`
 * when the body has them, else the start of the raw body.
 *
 * @example
 * const error = historyApiErrorFromResponse("GET /api/public/bot/st-1/getMessages", 400,
 *   { errors: [{ msg: "Invalid date range", code: 400 }] }, "");
 * error.platformMessage; // "Invalid date range"
 */
export function historyApiErrorFromResponse(
  request: string,
  status: number,
  body: unknown,
  text: string,
): HistoryApiError {
  const errors: unknown =
    typeof body === "object" && body !== null ? Reflect.get(body, "errors") : 0;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const record = typeof first === "object" && first !== null ? first : {};
  const platformMessage: unknown = Reflect.get(record, "msg");
  const code: unknown = Reflect.get(record, "code");
  const detail =
    typeof platformMessage === "string" ? platformMessage : text.slice(0, 200) || "(empty body)";
  return new HistoryApiError(`History API ${request} answered ${status}: ${detail}`, {
    status,
    platformMessage: typeof platformMessage === "string" ? platformMessage : undefined,
    code: typeof code === "string" || typeof code === "number" ? code : undefined,
    body: body ?? text,
  });
}
