import type { ConnectionMode } from "./rtm-connection.js";

/**
 * The socket's URL for an `rtm/start` answer: with a connection mode, a reconnect says
 * `ConnectionMode=Reconnect` instead of `isReconnect=true` (the official SDK's rule).
 *
 * @example
 * socketUrl("wss://rtm.example/ws?token=t", false, "Start_New"); // "wss://…?token=t&ConnectionMode=Start_New"
 */
export function socketUrl(
  url: string,
  isReconnect: boolean,
  mode: ConnectionMode | undefined,
): string {
  const target = new URL(url);
  if (mode !== undefined)
    target.searchParams.set("ConnectionMode", isReconnect ? "Reconnect" : mode);
  else if (isReconnect) target.searchParams.set("isReconnect", "true");
  return target.toString();
}

/**
 * The three subprotocols of the secure handshake (PROTOCOL.md §7), or none when it was not
 * asked for, the platform sent no `nonce`, or there is no granted JWT.
 */
export function socketProtocols(
  secureRtm: boolean,
  jwt: string | undefined,
  nonce: unknown,
): string[] | undefined {
  if (!secureRtm || typeof nonce !== "string" || nonce === "" || jwt === undefined)
    return undefined;
  return ["x-rtm-v|1", `jwt|${jwt}`, `nonce|${nonce}`];
}
