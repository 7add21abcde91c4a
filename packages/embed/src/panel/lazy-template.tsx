import type { TemplateRenderer, TemplateViewProps } from "@kore-chat/react";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";

type LazyRenderer = LazyExoticComponent<ComponentType<TemplateViewProps>>;

/**
 * A template renderer whose code arrives on demand: the panel ships the everyday templates and
 * fetches the rest (one chunk, `load`) the first time a message needs one. Until then the
 * message shows the template's fallback text, marked busy. A chunk that fails to load throws
 * into the template's error boundary, which shows that same fallback text.
 *
 * @example
 * const carousel = lazyTemplate(() => import("./rich-templates.js"), "CarouselTemplate");
 */
export function lazyTemplate(
  load: () => Promise<Readonly<Record<string, unknown>>>,
  exportName: string,
): TemplateRenderer {
  const template: LazyRenderer = lazy(async () => {
    const renderer = (await load())[exportName];
    if (typeof renderer !== "function") throw new Error(`KoreChat: no template ${exportName}`);
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
    </Suspense>
  );
}
