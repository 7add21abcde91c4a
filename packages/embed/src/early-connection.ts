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

export interface EarlyConnectionInput {
  readonly options: MountOptions;
  /** The widget's host element: its `data-connection` follows the connection. */
  readonly host: HTMLElement;
  /** Where `kore-chat-connect.js` is, and how its script element is verified. */
  readonly connectUrl: string;
  /** Undefined: the page gave no hash for the head start's file, so it is not run. */
  readonly connectScript: ModuleScriptOptions | undefined;
  /** A test seam for loading `kore-chat-connect.js`. */
  readonly loadConnect?: ((url: string) => Promise<ConnectModule>) | undefined;
  /** The panel has started its own connection: a head start arriving now is not used. */
  readonly tooLate: () => boolean;
}

/**
 * The script's side of the connection before the panel runs.
 *
 * @example
 * const early = createEarlyConnection({ options, host, connectUrl, connectScript, tooLate });
 * early.start(); // on intent, with the panel's fetch
 */
export function createEarlyConnection(input: EarlyConnectionInput): EarlyConnection {
  const { options, host } = input;
  let jwt: Promise<string> | undefined;
  let headStart: HeadStart | undefined;
  let settled: Promise<unknown> | undefined;
  const show = (status: ConnectionStatus) => host.setAttribute("data-connection", status);

  return {
    get jwt() {
      return jwt;
    },
    get headStart() {
      return headStart;
    },
    get settled() {
      return settled;
    },
    start() {
      if (jwt !== undefined) return;
      const asked =
        options.getJWT !== undefined
          ? options.getJWT()
          : fetchJwt(options.fetch ?? fetch, options.jwtUrl, options.jwtRequestBody ?? {});
      jwt = asked;
      asked.catch(() => {}); // the panel's own request reports a failure
      show("connecting");
      if (input.connectScript === undefined) return;
      settled = (
        input.loadConnect?.(input.connectUrl) ??
        loadModuleScript("connect", input.connectUrl, input.connectScript)
      )
        .then((connect) => {
          if (input.tooLate()) return;
          headStart = connect.startHeadStart({
            ...options,
            jwt: asked,
            // `open` in the task the socket opens, before the panel is drawn.
            onSocketOpen: () => show("open"),
            onSocketClose: () => show("connecting"),
          });
          return headStart.settled;
        })
        .catch(() => {}); // the panel connects by itself
    },
    followPanel(status) {
      // Its `connecting` while it takes the open socket over is not news.
      if ((status === "idle" || status === "connecting") && headStart?.socketWaiting) return;
      show(status);
    },
    cancel() {
      headStart?.cancel();
    },
  };
}
