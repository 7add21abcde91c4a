import { type ReactElement, useId, useRef, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { CardBody, CardButtons, readCardElements } from "./card-element.js";
import { arrayField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * `carousel`: horizontally scrollable cards (`title`, `subtitle`, `image_url`,
 * `default_action`, `buttons`). Previous/next buttons move the focus-free scroll;
 * every card control is in the tab order, so the keyboard reaches them all.
 * Its labels come from the `StringsContext` (`<KoreChat locale/>`).
 *
 * @example
 * <CarouselTemplate part={part} interactive onSend={send} />
 */
export function CarouselTemplate({ part, interactive, onSend }: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const elements = readCardElements(arrayField(part.payload, "elements"));
  const [current, setCurrent] = useState(0);
  const cardRefs = useRef(new Map<string, HTMLLIElement>());
  const scrollerId = useId();
  const last = elements.length - 1;
  const index = Math.min(current, Math.max(last, 0));

  const show = (next: number) => {
    const target = elements[next];
    if (!target) return;
    setCurrent(next);
    cardRefs.current.get(target.key)?.scrollIntoView?.({
      behavior: prefersReducedMotion() ? "auto" : "smooth",
      block: "nearest",
      inline: "start",
    });
  };

  if (elements.length === 0) {
    return <div className="kc-template kc-template__text">{part.fallbackText}</div>;
  }
  return (
    <section
      className="kc-template kc-carousel"
      aria-roledescription={strings.carousel}
      aria-label={strings.carouselCards}
    >
      {elements.length > 1 && (
        <div className="kc-carousel__controls">
          <button
            type="button"
            className="kc-carousel__nav kc-carousel__nav--previous"
            aria-label={strings.previousCard}
            aria-controls={scrollerId}
            disabled={index <= 0}
            onClick={() => show(index - 1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <span className="kc-carousel__position" aria-live="polite">
            {index + 1} / {elements.length}
          </span>
          <button
            type="button"
            className="kc-carousel__nav kc-carousel__nav--next"
            aria-label={strings.nextCard}
            aria-controls={scrollerId}
            disabled={index >= last}
            onClick={() => show(index + 1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
      )}
      <ul className="kc-carousel__track" id={scrollerId}>
        {elements.map((element, position) => (
          <li
            key={element.key}
            className="kc-card kc-carousel__card"
            aria-roledescription={strings.carouselSlide}
            aria-label={strings.cardPosition(position + 1, elements.length)}
            ref={(node) => {
              if (node) cardRefs.current.set(element.key, node);
              else cardRefs.current.delete(element.key);
            }}
            onFocus={() => setCurrent(position)}
          >
            <CardBody element={element} interactive={interactive} onSend={onSend} />
            <CardButtons element={element} interactive={interactive} onSend={onSend} />
          </li>
        ))}
      </ul>
    </section>
  );
}
