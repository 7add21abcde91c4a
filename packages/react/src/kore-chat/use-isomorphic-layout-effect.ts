import { useEffect, useLayoutEffect } from "react";

/**
 * `useLayoutEffect` in the browser, `useEffect` on a server, where layout effects never run
 * anyway and React 18 warns about each one during `renderToString`.
 *
 * @example
 * useIsomorphicLayoutEffect(() => measure(ref.current), []);
 */
export const useIsomorphicLayoutEffect =
  typeof document === "undefined" ? useEffect : useLayoutEffect;
