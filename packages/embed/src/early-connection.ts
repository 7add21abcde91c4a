import { type ConnectionStatus, fetchJwt, type HeadStart } from "@kore-chat/transport";
import { loadModuleScript, type ModuleScriptOptions } from "./module-loader.js";
import type { ConnectModule } from "./module-registry.js";
import type { MountOptions } from "./mount-options.js";

/**
 * The connection's first steps, which the script starts the moment the panel is asked for so
 * they overlap its download: the host's JWT from the script itself, then the grant, `rtm/start`
 * and the socket from `kore-chat-connect.js` (~1.4 KB, fetched with the panel). The panel's
 * client takes them over. The widget's host element shows the state in `data-connection`.
 */
export interface EarlyConnection {
  /** The host's JWT, once asked for: the panel client's first JWT. */
  readonly jwt: Promise<string> | undefined;
  /** The grant, `rtm/start` and socket under way, once `kore-chat-connect.js` has run. */
  readonly headStart: HeadStart | undefined;
  /**
   * Resolves when the head start has done what it can (its socket open, or given up); undefined
   * when none is coming (not started, or its file cannot be verified).
   */
  readonly settled: Promise<unknown> | undefined;
  /** Asks for the JWT and loads the head start (once). */
  start(): void;
  /** The panel client's status, shown once it has taken the head start's socket over. */
  followPanel(status: ConnectionStatus): void;
  /** Stops the head start and closes a socket no client took. */
  cancel(): void;
}

/**
 * The script's side of the connection before the panel runs: `host`'s `data-connection`
 * follows it; `kore-chat-connect.js` is loaded from `connectUrl` with `connectScript`'s nonce
 * and hash (undefined: the page gave no hash for it, so it is not run; `loadConnect` is a test
 * seam); a head start that arrives when `tooLate()` (the panel connected by itself) is not used.
 * Positional parameters: this runs in the script every page downloads, where each property
 * name would cost bytes.
 *
 * @example
 * const early = createEarlyConnection(options, host, connectUrl, { nonce }, undefined, () => false);
 * early.start(); // on intent, with the panel's fetch
 */
export function createEarlyConnection(
  options: MountOptions,
  host: HTMLElement,
  connectUrl: string,
  connectScript: ModuleScriptOptions | undefined,
  loadConnect: ((url: string) => Promise<ConnectModule>) | undefined,
  tooLate: () => boolean,
): EarlyConnection {
  const show = (status: ConnectionStatus) => host.setAttribute("data-connection", status);
  const early: { -readonly [K in keyof EarlyConnection]: EarlyConnection[K] } = {
    jwt: undefined,
    headStart: undefined,
    settled: undefined,
    start() {
      if (early.jwt !== undefined) return;
      // A host's getJWT that throws or returns no promise fails this promise, not the script.
      const jwt = new Promise<string>((resolve) =>
        resolve(
          options.getJWT !== undefined
            ? options.getJWT()
            : fetchJwt(options.fetch ?? fetch, options.jwtUrl, options.jwtRequestBody ?? {}),
        ),
      );
      early.jwt = jwt;
      jwt.catch(() => {}); // the panel's own request reports a failure
      show("connecting");
      if (connectScript === undefined) return;
      early.settled = (
        loadConnect?.(connectUrl) ?? loadModuleScript("connect", connectUrl, connectScript)
      )
        .then((connect) => {
          if (tooLate()) return;
          const headStart = connect.startHeadStart({
            ...options,
            jwt,
            // `open` in the task the socket opens, before the panel is drawn.
            onSocketOpen: () => show("open"),
            onSocketClose: () => show("connecting"),
          });
          early.headStart = headStart;
          return headStart.settled;
        })
        .catch(() => {}); // the panel connects by itself
    },
    followPanel(status) {
      // Its `connecting` while it takes the open socket over is not news.
      if ((status === "idle" || status === "connecting") && early.headStart?.socketWaiting) return;
      show(status);
    },
    cancel() {
      early.headStart?.cancel();
    },
  };
  return early;
}
