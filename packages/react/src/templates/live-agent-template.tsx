import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `live_agent`: a live agent's message, its `text` (light markup) in a bubble. The turn
 * around it (`BotTurn`) marks it as the agent's and shows the agent's name from the frame's
 * `author`.
 *
 * @example
 * <LiveAgentTemplate part={part} interactive onSend={send} />
 */
export function LiveAgentTemplate({ part }: TemplateViewProps): ReactElement {
  return (
    <div className="kc-template kc-live-agent-template">
      <FormattedText text={stringField(part.payload, "text") ?? part.fallbackText} />
    </div>
  );
}
