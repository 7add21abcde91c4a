import { Component, type ReactNode } from "react";
import { FormattedText } from "../markup/formatted-text.js";

export interface TemplateErrorBoundaryProps {
  /** Shown instead of the renderer when it throws. */
  readonly fallbackText: string;
  readonly children: ReactNode;
}

interface TemplateErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * Renderers (host ones included) are untrusted: one that throws shows the part's
 * fallback text instead of taking the conversation down.
 *
 * @example
 * <TemplateErrorBoundary fallbackText={part.fallbackText}><Renderer {...props} /></TemplateErrorBoundary>
 */
export class TemplateErrorBoundary extends Component<
  TemplateErrorBoundaryProps,
  TemplateErrorBoundaryState
> {
  override state: TemplateErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): TemplateErrorBoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <div className="kc-template kc-fallback-template">
          <FormattedText text={this.props.fallbackText} />
        </div>
      );
    }
    return this.props.children;
  }
}
