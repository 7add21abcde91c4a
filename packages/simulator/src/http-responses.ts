import type { Context } from "hono";
import type { FaultEndpoint, FaultState } from "./faults.js";

/**
 * A JSON response with any status (the platform's error bodies use arbitrary codes).
 *
 * @example
 * return jsonResponse({ url }, 200);
 */
export function jsonResponse(
  body: unknown,
  status: number,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/**
 * The platform's error body: `{ errors: [{ msg, code }] }`.
 *
 * @example
 * return errorResponse(401, "Invalid token");
 */
export function errorResponse(
  status: number,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return jsonResponse({ errors: [{ msg: message, code: status }] }, status, headers);
}

/**
 * The answer of an injected `failNext` fault for this endpoint and user (`undefined` when the
 * request names no known user: only faults for anyone apply), or null when none is pending.
 *
 * @example
 * const failed = failureResponse(faults, "jwtgrant", userId);
 * if (failed) return failed;
 */
export function failureResponse(
  faults: FaultState,
  endpoint: FaultEndpoint,
  userId: string | undefined,
): Response | null {
  const failure = faults.takeFailure(endpoint, userId);
  if (failure === null) return null;
  const headers: Record<string, string> =
    failure.retryAfterSeconds === undefined
      ? {}
      : { "Retry-After": String(failure.retryAfterSeconds) };
  return errorResponse(failure.status, `Simulated ${endpoint} failure`, headers);
}

/**
 * The request's JSON body, or undefined when it is missing or not JSON.
 *
 * @example
 * const body = await readJsonBody(c);
 * if (!isRecord(body)) return errorResponse(400, "JSON body required");
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  try {
    const text = await c.req.text();
    return text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
