declare const __KORE_CHAT_VERSION__: string | undefined;

/** This build's package version (both files of a build carry the same). */
export const version: string =
  typeof __KORE_CHAT_VERSION__ === "string" ? __KORE_CHAT_VERSION__ : "0.0.0-dev";
