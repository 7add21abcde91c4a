import type { LauncherLabels, MountOptions } from "./mount-options.js";

/** The launcher's texts in a chat catalogue (`@kore-chat/react`'s `KoreChatStrings`). */
interface LauncherStrings {
  readonly openChat: string;
  readonly minimizeChat: string;
  readonly unreadMessages: (count: number) => string;
}

/**
 * The English launcher texts: the script holds these three, not the whole English catalogue
 * (the panel brings that). A unit test keeps them equal to `englishStrings`'.
 */
export const englishLauncherStrings: LauncherStrings = {
  openChat: "Open chat",
  minimizeChat: "Minimise chat",
  unreadMessages: (count) => (count === 1 ? "1 unread message" : `${count} unread messages`),
};

/**
 * The launcher's texts for `options`: the locale's catalogue (English when none was loaded),
 * then `strings`, then `launcherLabels`.
 */
export function resolveLauncherLabels(
  options: MountOptions,
  catalogue: object | undefined,
): LauncherLabels {
  const strings = {
    ...englishLauncherStrings,
    ...launcherStringsIn(catalogue),
    ...defined(options.strings),
  };
  return {
    open: strings.openChat,
    close: strings.minimizeChat,
    unread: strings.unreadMessages,
    ...defined(options.launcherLabels),
  };
}

const defined = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(
    Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;

/** The launcher's texts a loaded catalogue has, each of the right type. */
function launcherStringsIn(catalogue: object | undefined): Partial<LauncherStrings> {
  const found: Record<string, unknown> = {};
  for (const [key, english] of Object.entries(englishLauncherStrings)) {
    const value: unknown = (catalogue as Record<string, unknown> | undefined)?.[key];
    if (typeof value === typeof english) found[key] = value;
  }
  return found as Partial<LauncherStrings>;
}
