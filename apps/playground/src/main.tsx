import { KoreChat, type KoreChatProps } from "@kore-chat/react";
import { StrictMode, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

// The widget on the simulator (or on a real platform: see serve.ts). The JWT comes from this
// page's own server (`/api/jwt`), as it would from a host's backend.
const query = new URLSearchParams(location.search);
const identity = query.get("user") ?? "demo-user@example.com";
// `?keepAliveMs=1000`: a shorter ping interval, so tests see a silent socket replaced soon.
const keepAliveMs = Number(query.get("keepAliveMs"));
// `?locale=de|ar|fr|es|ja`: the widget's language.
const locale = query.get("locale");
// `?brand=1`: the platform's branding (its title then too); `?accent=%23…`: the host's accent over
// it; `?welcome=1`: a welcome screen of the host's; `?sound=0|1`: the Message sound toggle.
const brand = query.get("brand") === "1";
const accent = query.get("accent");
const sound = query.get("sound");
const welcome = {
  title: "Hello from the playground",
  subtitle: "Ask the demo bot anything, or start with one of these.",
  starters: [
    { title: "What can you do?", payload: "help" },
    { title: "Show a carousel", payload: "show carousel" },
  ],
};
const apiHost = import.meta.env.VITE_KORE_API_HOST as string;
const botInfo = {
  chatBot: import.meta.env.VITE_KORE_CHAT_BOT as string,
  taskBotId: import.meta.env.VITE_KORE_TASK_BOT_ID as string,
};

const secondSession = document.querySelector<HTMLAnchorElement>("#second-session");
if (secondSession) secondSession.href = `?user=${encodeURIComponent(identity)}`;
const who = document.querySelector("#identity");
if (who) who.textContent = identity;

const container = document.querySelector<HTMLElement>("#chat");
if (!container) throw new Error("playground markup is missing #chat");
const chatElement = container;

/**
 * `?windowControls=1`: the page acts as a React host that gives the header its window buttons:
 * Minimise and Close hide the chat behind an "Open chat" button (it stays mounted and
 * connected; a real host's Close would also end the conversation with
 * `useConnection().endConversation()`), and Larger window makes it taller.
 */
function WithWindowControls(props: KoreChatProps) {
  const [hidden, setHidden] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const reopen = useRef<HTMLButtonElement>(null);
  const hide = () => {
    setHidden(true);
    requestAnimationFrame(() => reopen.current?.focus());
  };
  chatElement.toggleAttribute("data-expanded", expanded);
  return (
    <>
      <button
        ref={reopen}
        type="button"
        className="playground-reopen"
        hidden={!hidden}
        onClick={() => {
          setHidden(false);
          requestAnimationFrame(() =>
            chatElement.querySelector<HTMLElement>(".kc-composer-field")?.focus(),
          );
        }}
      >
        Open chat
      </button>
      <div className="playground-window" hidden={hidden}>
        <KoreChat
          {...props}
          onMinimize={hide}
          onClose={hide}
          expanded={expanded}
          onExpandedChange={setExpanded}
        />
      </div>
    </>
  );
}

const Chat = query.get("windowControls") === "1" ? WithWindowControls : KoreChat;
createRoot(container).render(
  <StrictMode>
    <Chat
      apiHost={apiHost}
      botInfo={botInfo}
      jwtUrl="/api/jwt"
      jwtRequestBody={{ identity }}
      logger={console}
      {...(brand ? { brandFromPlatform: true } : { title: botInfo.chatBot })}
      {...(accent ? { theme: { accent } } : {})}
      {...(query.get("welcome") === "1" ? { welcome } : {})}
      {...(sound === null ? {} : { sound: sound === "1" })}
      {...(keepAliveMs > 0 ? { keepAliveIntervalMs: keepAliveMs } : {})}
      {...(locale ? { locale } : {})}
    />
  </StrictMode>,
);
