import {
  type TemplateRenderer,
  type TemplateViewProps,
  useAdoptedStylesheet,
} from "@kore-chat/react";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useRef } from "react";

type LazyRenderer = LazyExoticComponent<ComponentType<TemplateViewProps>>;

// The chunk's styles (`richTemplatesCss`), once it has arrived: adopted by each template drawn
// from it into its own document or shadow root.
let chunkCss = "";

/**
 * A template renderer whose code arrives on demand: the panel ships the everyday templates and
 * fetches the rest (one chunk, `load`) the first time a message needs one. Until then the
 * message shows the template's fallback text, marked busy; the chunk's styles are adopted with
 * the first template drawn from it. A chunk that fails to load throws into the template's error
 * boundary, which shows that same fallback text.
 *
 * @example
 * const carousel = lazyTemplate(() => import("./rich-templates.js"), "CarouselTemplate");
 */
export function lazyTemplate(
  load: () => Promise<Readonly<Record<string, unknown>>>,
  exportName: string,
): TemplateRenderer {
  const template: LazyRenderer = lazy(async () => {
    const chunk = await load();
    const renderer = chunk[exportName];
    if (typeof renderer !== "function") throw new Error(`KoreChat: no template ${exportName}`);
    if (typeof chunk.richTemplatesCss === "string") chunkCss = chunk.richTemplatesCss;
    return { default: renderer as ComponentType<TemplateViewProps> };
  });
  return (props) => <OnDemandTemplate template={template} {...props} />;
}

function OnDemandTemplate({
  template: Template,
  ...props
}: TemplateViewProps & { readonly template: LazyRenderer }) {
  return (
    <Suspense
      fallback={
        <p className="kc-template-loading" aria-busy="true">
          {props.part.fallbackText}
        </p>
      }
    >
      <Template {...props} />
      <ChunkStylesheet />
    </Suspense>
  );
}

/** Adopts the chunk's styles where the template is drawn (committed only once it has loaded). */
function ChunkStylesheet() {
  const anchor = useRef<HTMLSpanElement>(null);
  useAdoptedStylesheet(anchor, chunkCss);
  return <span ref={anchor} hidden />;
}
