import * as v from "valibot";
import { incomingFrameSchemas } from "./frame-schema.js";
import type { IncomingFrame, IncomingFrameType } from "./frames.js";

/** Why a frame could not be decoded. */
export type FrameRejection =
  | { readonly reason: "invalid_json"; readonly detail: string }
  | { readonly reason: "not_an_object"; readonly detail: string }
  | { readonly reason: "missing_type"; readonly detail: string }
  | { readonly reason: "unknown_type"; readonly type: string; readonly frame: unknown }
  | { readonly reason: "invalid_shape"; readonly type: IncomingFrameType; readonly detail: string };

export type DecodeResult =
  | { readonly ok: true; readonly frame: IncomingFrame }
  | ({ readonly ok: false } & FrameRejection);

const MAX_DETAIL_LENGTH = 200;

function isKnownType(type: string): type is IncomingFrameType {
  return Object.hasOwn(incomingFrameSchemas, type);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/**
 * Decodes one socket message into a typed frame. Never throws: anything the
 * widget cannot use comes back as a rejection with a reason for the logger.
 *
 * @example
 * const result = decodeFrame('{"type":"ack","ok":true,"replyto":1}');
 * if (result.ok && result.frame.type === "ack") console.log(result.frame.replyto);
 */
export function decodeFrame(data: unknown): DecodeResult {
  let value: unknown = data;
  if (typeof data === "string") {
    try {
      value = JSON.parse(data);
    } catch (error) {
      return {
        ok: false,
        reason: "invalid_json",
        detail: String(error).slice(0, MAX_DETAIL_LENGTH),
      };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      reason: "not_an_object",
      detail: `expected an object, got ${describe(value)}`,
    };
  }
  const type: unknown = (value as { type?: unknown }).type;
  if (typeof type !== "string") {
    return { ok: false, reason: "missing_type", detail: `"type" is ${describe(type)}` };
  }
  if (!isKnownType(type)) {
    return { ok: false, reason: "unknown_type", type: type.slice(0, 80), frame: value };
  }
  const result = v.safeParse(incomingFrameSchemas[type], value);
  if (!result.success) {
    const detail = result.issues
      .map((issue) => `${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`)
      .join("; ")
      .slice(0, MAX_DETAIL_LENGTH);
    return { ok: false, reason: "invalid_shape", type, detail };
  }
  return { ok: true, frame: result.output };
}
