import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * A `template_type` no renderer knows: its `fallbackText` (`text`, `heading` or `title`)
 * as formatted text, never a blank bubble.
 *
 * @example
 * <FallbackTemplate part={part} interactive={false} onSend={send} />
 */
export function FallbackTemplate({ part }: TemplateViewProps): ReactElement {
  return (
    <div className="kc-template kc-fallback-template">
      <FormattedText text={part.fallbackText} />
    </div>
  );
}
