import type { ChatStore } from "@kore-chat/store";
import { createContext } from "react";

/** The conversation store the hooks read; provided by `<KoreChatProvider>` (and `<KoreChat>`). */
export const ChatStoreContext = createContext<ChatStore | null>(null);
