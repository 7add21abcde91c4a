import { useId, useState } from "react";

/** A disclosure's state, the props of its toggle `<button>` and those of the region it shows. */
export interface Disclosure {
  readonly open: boolean;
  readonly toggle: {
    readonly type: "button";
    readonly "aria-expanded": boolean;
    readonly "aria-controls": string;
    readonly onClick: () => void;
  };
  readonly region: { readonly id: string; readonly hidden: boolean };
}

/**
 * A show/hide toggle: spread `toggle` on a `<button>` and `region` on what it reveals. It
 * only shows content, so it stays operable in templates from history.
 *
 * @example
 * const more = useDisclosure();
 * <><button {...more.toggle}>More</button><div {...more.region}>…</div></>
 */
export function useDisclosure(initiallyOpen = false): Disclosure {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return {
    open,
    toggle: {
      type: "button",
      "aria-expanded": open,
      "aria-controls": id,
      onClick: () => setOpen((current) => !current),
    },
    region: { id, hidden: !open },
  };
}
