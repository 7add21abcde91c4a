import type { ReactElement, ReactNode } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { useDisclosure } from "./use-disclosure.js";

export interface SeeMoreListProps {
  /** The list's `<li>` rows. */
  readonly items: readonly ReactNode[];
  /** How many show at first; a disclosure button reveals the others. */
  readonly count: number;
  /** The button's text (the payload's), else "See more"; "Show less" once open. */
  readonly label?: string | undefined;
}

/**
 * A list showing its first `count` rows, then a disclosure button for the rest.
 *
 * @example
 * <SeeMoreList items={rows} count={2} label="More articles" />
 */
export function SeeMoreList({ items, count, label }: SeeMoreListProps): ReactElement {
  const strings = useStrings();
  const more = useDisclosure();
  return (
    <>
      {items.length > 0 && <ul className="kc-list">{items.slice(0, count)}</ul>}
      {items.length > count && (
        <>
          <button {...more.toggle} className="kc-template-button kc-list-view__more">
            {more.open ? strings.showLess : (label ?? strings.seeMore)}
          </button>
          <ul {...more.region} className="kc-list">
            {items.slice(count)}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * How many rows show first: `limit` when it is a positive whole number, else all `total`.
 *
 * @example
 * displayCount("2", 5); // 2
 * displayCount(undefined, 5); // 5
 */
export function displayCount(limit: string | undefined, total: number): number {
  const count = Number(limit);
  return Number.isInteger(count) && count > 0 ? count : total;
}
