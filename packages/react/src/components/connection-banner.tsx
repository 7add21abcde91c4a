import type { ConnectionStatus } from "@kore-chat/transport";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

export interface ConnectionBannerProps {
  readonly status: ConnectionStatus;
  /** Shown as a Retry button when the connection failed. */
  readonly onRetry?: (() => void) | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

function bannerText(status: ConnectionStatus, strings: KoreChatStrings): string | undefined {
  switch (status) {
    case "connecting":
      return strings.connecting;
    case "reconnecting":
      return strings.reconnecting;
    case "offline":
      return strings.offline;
    case "failed":
      return strings.connectionFailed;
    case "idle":
    case "open":
    case "closed":
      return undefined;
    default:
      return status satisfies never;
  }
}

/**
 * Says what is wrong with the connection, if anything: connecting,
 * reconnecting, offline, or failed (with a Retry button). Always in the DOM as
 * a `role="status"` region (so changes are announced), empty while all is well.
 *
 * @example
 * <ConnectionBanner status={status} onRetry={() => client.connect()} />
 */
export function ConnectionBanner({
  status,
  onRetry,
  strings: explicitStrings,
}: ConnectionBannerProps) {
  const strings = useStrings(explicitStrings);
  const text = bannerText(status, strings);
  return (
    <div className={`kc-banner kc-banner--${status}`} role="status" data-connection-status={status}>
      {text !== undefined && <span className="kc-banner-text">{text}</span>}
      {status === "failed" && onRetry !== undefined && (
        <button type="button" className="kc-link-button" onClick={onRetry}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
