import { createContext, useContext } from "react";
import { englishStrings, type KoreChatStrings } from "./strings.js";

/**
 * The catalogue components read when no `strings` prop is given; `<KoreChat/>`
 * provides the one for its `locale` (and `strings` overrides). English by default.
 */
export const StringsContext = createContext<KoreChatStrings>(englishStrings);

/**
 * The texts to show: `explicit` (a component's own `strings` prop) when given,
 * else the nearest `StringsContext`.
 *
 * @example
 * const strings = useStrings(props.strings);
 */
export function useStrings(explicit?: KoreChatStrings): KoreChatStrings {
  const fromContext = useContext(StringsContext);
  return explicit ?? fromContext;
}
