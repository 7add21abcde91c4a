import type { FrameAuthor } from "@kore-chat/transport";

/** Longer names are cut: a name is a label, not a message. */
const maxNameLength = 80;

/**
 * The display name of a live agent from a frame's `author` (`firstName lastName`, when
 * `type` is `AGENT`); `undefined` for the bot or when no name was sent.
 *
 * @example
 * agentName({ firstName: "Alex", lastName: "Agent", type: "AGENT" }); // "Alex Agent"
 * agentName({ firstName: "Alex" }); // undefined (not an agent)
 */
export function agentName(author: FrameAuthor | undefined): string | undefined {
  const type: unknown = author?.type;
  if (author === undefined || typeof type !== "string" || type.toUpperCase() !== "AGENT") {
    return undefined;
  }
  const name = [author.firstName, author.lastName]
    .map((part) => (typeof part === "string" ? part.trim() : ""))
    .filter((part) => part !== "")
    .join(" ");
  if (name === "") return undefined;
  const characters = [...name];
  return characters.length > maxNameLength
    ? `${characters.slice(0, maxNameLength - 1).join("")}…`
    : name;
}

/**
 * A live agent's picture from a frame's `author` (`profileIcon`, `avatar` or `icon`, the
 * names desks use), as sent: only an `https:`/`http:` URL string, checked again when rendered.
 *
 * @example
 * agentAvatar({ type: "AGENT", profileIcon: "https://desk.example/maya.png" }); // that URL
 */
export function agentAvatar(author: FrameAuthor | undefined): string | undefined {
  const type: unknown = author?.type;
  if (author === undefined || typeof type !== "string" || type.toUpperCase() !== "AGENT") {
    return undefined;
  }
  const fields = author as Readonly<Record<string, unknown>>;
  for (const key of ["profileIcon", "avatar", "icon"]) {
    const value = fields[key];
    if (typeof value === "string" && /^https?:\/\//i.test(value.trim())) return value.trim();
  }
  return undefined;
}
