import { createChatStore } from "@kore-chat/store";
import { FakeKoreClient } from "@kore-chat/store/testing";
import { act, cleanup, fireEvent, render } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMessageTone, type ToneAudioContext, useMessageTone } from "./message-tone.js";

afterEach(cleanup);

/** Records what the tone asks of the Web Audio API. */
class FakeAudioContext {
  state: AudioContextState = "suspended";
  currentTime = 2;
  readonly destination = { name: "speakers" } as unknown as AudioDestinationNode;
  readonly played: Array<{ frequency: number; start: number; stop: number; to: unknown }> = [];
  resumes = 0;
  closed = false;
  resume() {
    this.resumes += 1;
    this.state = "running";
    return Promise.resolve();
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
  createGain() {
    const param = { setValueAtTime: () => param, exponentialRampToValueAtTime: () => param };
    return { gain: param } as unknown as GainNode;
  }
  createOscillator() {
    const tone = { frequency: 0, start: 0, stop: 0, to: undefined as unknown };
    const oscillator = {
      frequency: {
        set value(hertz: number) {
          tone.frequency = hertz;
        },
      },
      // oscillator → gain → destination
      connect: () => ({ connect: (to: unknown) => (tone.to = to) }),
      start: (at: number) => (tone.start = at),
      stop: (at: number) => {
        tone.stop = at;
        this.played.push(tone);
      },
    };
    return oscillator as unknown as OscillatorNode;
  }
}

const asContext = (fake: FakeAudioContext) => fake as unknown as ToneAudioContext;

describe("createMessageTone", () => {
  it("makes its audio context only when unlocked, and plays ~150 ms of an oscillator", () => {
    const fake = new FakeAudioContext();
    let created = 0;
    const tone = createMessageTone(() => {
      created += 1;
      return asContext(fake);
    });
    tone.play();
    expect(created).toBe(0);
    tone.unlock();
    tone.unlock();
    expect(created).toBe(1);
    expect(fake.resumes).toBe(1);
    tone.play();
    expect(fake.played).toEqual([{ frequency: 880, start: 2, stop: 2.15, to: fake.destination }]);
    tone.close();
    expect(fake.closed).toBe(true);
  });

  it("never throws where audio is missing or blocked", () => {
    const missing = createMessageTone(() => undefined);
    expect(() => {
      missing.unlock();
      missing.play();
      missing.close();
    }).not.toThrow();
    const blocked = createMessageTone(() => {
      throw new DOMException("not allowed", "NotAllowedError");
    });
    expect(() => {
      blocked.unlock();
      blocked.play();
    }).not.toThrow();
    const broken = new FakeAudioContext();
    broken.createOscillator = () => {
      throw new Error("audio device lost");
    };
    const tone = createMessageTone(() => asContext(broken));
    tone.unlock();
    expect(() => tone.play()).not.toThrow();
  });
});

function Widget(props: {
  store: ReturnType<typeof createChatStore>;
  on: boolean;
  fake: FakeAudioContext;
}) {
  const root = useRef<HTMLDivElement>(null);
  useMessageTone(props.store, props.on, root, () => asContext(props.fake));
  return <div ref={root}>chat</div>;
}

const botTurn = (messageId: string, author?: { type: string }) => ({
  type: "bot_response" as const,
  messageId,
  ...(author === undefined ? {} : { author }),
  message: [{ type: "text", component: { type: "text", payload: { text: messageId } } }],
});

function setHidden(hidden: boolean) {
  Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
}

describe("useMessageTone", () => {
  afterEach(() => setHidden(false));

  it("plays for a bot or agent message arriving while the tab is hidden, once unlocked", () => {
    const client = new FakeKoreClient();
    const store = createChatStore({ client });
    const fake = new FakeAudioContext();
    const { rerender } = render(<Widget store={store} on fake={fake} />);
    setHidden(true);
    act(() => client.emit("bot_response", botTurn("before-gesture")));
    expect(fake.played).toHaveLength(0);
    fireEvent.pointerDown(document.body);
    act(() => client.emit("bot_response", botTurn("bot")));
    act(() => client.emit("bot_response", botTurn("agent", { type: "AGENT" })));
    expect(fake.played).toHaveLength(2);
    // The user's own messages make no sound.
    act(() => {
      store.actions.send("mine");
    });
    expect(fake.played).toHaveLength(2);
    // A visible widget in a visible tab: silent.
    setHidden(false);
    act(() => client.emit("bot_response", botTurn("seen")));
    expect(fake.played).toHaveLength(2);
    // A hidden widget (a minimised panel: no boxes) in a visible tab: a tone.
    const boxes = vi.spyOn(HTMLElement.prototype, "getClientRects");
    boxes.mockReturnValue([] as unknown as DOMRectList);
    act(() => client.emit("bot_response", botTurn("minimised")));
    boxes.mockRestore();
    expect(fake.played).toHaveLength(3);
    // Sound off: silent even when hidden.
    setHidden(true);
    rerender(<Widget store={store} on={false} fake={fake} />);
    act(() => client.emit("bot_response", botTurn("off")));
    expect(fake.played).toHaveLength(3);
  });
});
