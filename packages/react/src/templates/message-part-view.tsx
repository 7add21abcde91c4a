import type { MessagePart } from "@kore-chat/store";
import type { ReactElement } from "react";
import { MarkdownText } from "../markup/markdown-text.js";
import { builtInTemplates } from "./built-in-templates.js";
import { FallbackTemplate } from "./fallback-template.js";
import { MediaView } from "./media-view.js";
import { TemplateErrorBoundary } from "./template-error-boundary.js";
import type { TemplateRegistry, TemplateRenderer, TemplateSend } from "./template-types.js";

export interface MessagePartViewProps {
  readonly part: MessagePart;
  /** False for history and answered quick replies: every control that would send is disabled. */
  readonly interactive: boolean;
  /** The user answered this message's template in this session. */
  readonly answered?: boolean | undefined;
  readonly onSend: (send: TemplateSend) => void;
  /** Replaces the built-ins; spread `builtInTemplates` into it to keep them. */
  readonly registry?: TemplateRegistry | undefined;
}

function findRenderer(registry: TemplateRegistry, templateType: string): TemplateRenderer {
  // Own keys only: a `template_type` of "constructor" must not reach Object.prototype.
  const renderer = Object.hasOwn(registry, templateType) ? registry[templateType] : undefined;
  return typeof renderer === "function" ? renderer : FallbackTemplate;
}

/**
 * One part of a message: text (light markup), media, or a template rendered by the
 * registry (falling back to its text for unknown types or a renderer that throws).
 *
 * @example
 * <MessagePartView part={part} interactive={!fromHistory} onSend={(send) => actions.send(send.body, send.renderMsg)} />
 */
export function MessagePartView({
  part,
  interactive,
  answered,
  onSend,
  registry,
}: MessagePartViewProps): ReactElement | null {
  switch (part.kind) {
    case "text":
      return (
        <div className="kc-text-part">
          <MarkdownText text={part.text} />
        </div>
      );
    case "media":
      return <MediaView part={part} />;
    case "template": {
      const Renderer = findRenderer(registry ?? builtInTemplates, part.templateType);
      return (
        <TemplateErrorBoundary key={part.templateType} fallbackText={part.fallbackText}>
          <Renderer part={part} interactive={interactive} answered={answered} onSend={onSend} />
        </TemplateErrorBoundary>
      );
    }
    default: {
      part satisfies never;
      return null;
    }
  }
}
