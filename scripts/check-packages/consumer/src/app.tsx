// A consumer of the packed packages: written against their published types only.
import { type KoreChatWidget, type MountOptions, mount } from "@kore-chat/embed";
import { KoreChat, KoreChatProvider, useConversation, useSendMessage } from "@kore-chat/react";
import { type BotInfo, createKoreClient, type KoreClient } from "@kore-chat/transport";

const apiHost = "https://bots.example.com";
const botInfo: BotInfo = { chatBot: "Consumer Bot", taskBotId: "st-consumer" };

/** The headless client, as a non-React page would make it. */
export function makeClient(): KoreClient {
  return createKoreClient({ apiHost, botInfo, jwtUrl: "/api/kore-jwt" });
}

/** The script-free embed, from a bundler. */
export function mountEmbed(): KoreChatWidget {
  const options: MountOptions = { apiHost, botInfo, jwtUrl: "/api/kore-jwt", title: "Embedded" };
  return mount(options);
}

function OwnUi() {
  const messages = useConversation();
  const send = useSendMessage();
  return (
    <section>
      <p>{messages.length} messages</p>
      <button type="button" onClick={() => send("Hello")}>
        Say hello
      </button>
    </section>
  );
}

export function App() {
  return (
    <main>
      <KoreChat
        apiHost={apiHost}
        botInfo={botInfo}
        getJWT={() => fetch("/api/kore-jwt").then((response) => response.text())}
        title="Support"
        theme={{ accent: "#0b5fff" }}
      />
      <KoreChatProvider apiHost={apiHost} botInfo={botInfo} jwtUrl="/api/kore-jwt">
        <OwnUi />
      </KoreChatProvider>
    </main>
  );
}
