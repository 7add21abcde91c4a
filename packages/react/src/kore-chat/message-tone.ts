import { type ChatStore, createNewMessageWatcher } from "@kore-chat/store";
import { type RefObject, useEffect, useState } from "react";

/** The part of the Web Audio API the tone uses. */
export type ToneAudioContext = Pick<
  AudioContext,
  "currentTime" | "destination" | "state" | "resume" | "close" | "createOscillator" | "createGain"
>;

export interface MessageTone {
  /** Creates (or resumes) the audio context: call it from a user gesture, as browsers require. */
  unlock(): void;
  /** A short tone (~150 ms); nothing before `unlock()` or where audio is unavailable. */
  play(): void;
  close(): void;
}

const noop = () => {};

function browserAudioContext(): ToneAudioContext | undefined {
  const Context = (globalThis as { AudioContext?: new () => AudioContext }).AudioContext;
  return Context && new Context();
}

/**
 * A new-message tone made with an `OscillatorNode` (no audio file). Its audio context is made
 * lazily by `unlock()`; a missing or blocked Web Audio API makes every call a no-op, never a throw.
 *
 * @example
 * const tone = createMessageTone();
 * button.onclick = () => tone.unlock();
 * tone.play();
 */
export function createMessageTone(
  createContext: () => ToneAudioContext | undefined = browserAudioContext,
): MessageTone {
  let context: ToneAudioContext | undefined;
  return {
    unlock() {
      try {
        context ??= createContext();
        if (context?.state === "suspended") context.resume().catch(noop);
      } catch {}
    },
    play() {
      if (context === undefined) return;
      try {
        const at = context.currentTime;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = 880;
        gain.gain.setValueAtTime(0.08, at);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + 0.15);
      } catch {}
    },
    close() {
      // A closed context's close() rejects; it never throws.
      context?.close().catch(noop);
      context = undefined;
    },
  };
}

/**
 * Plays the tone while `on`, when a bot or agent message arrives live and `root` is not shown
 * (a hidden panel) or the tab is hidden; the audio is unlocked by the user's next gesture.
 * Returns `unlock`, for a gesture that turns the sound on.
 */
export function useMessageTone(
  store: ChatStore,
  on: boolean,
  root: RefObject<HTMLElement | null>,
  createContext?: () => ToneAudioContext | undefined,
): () => void {
  const [tone] = useState(() => createMessageTone(createContext));
  useEffect(() => () => tone.close(), [tone]);
  useEffect(() => {
    const element = root.current;
    const document = element?.ownerDocument;
    if (!on || document === undefined) return;
    const unlock = () => tone.unlock();
    for (const type of ["pointerdown", "keydown"]) document.addEventListener(type, unlock, true);
    const newLiveMessages = createNewMessageWatcher(store.getState().messages);
    const stop = store.subscribe(({ messages }) => {
      const arrived = newLiveMessages(messages).some(
        ({ author }) => author === "bot" || author === "agent",
      );
      if (arrived && (document.hidden || element?.getClientRects().length === 0)) tone.play();
    });
    return () => {
      stop();
      for (const type of ["pointerdown", "keydown"])
        document.removeEventListener(type, unlock, true);
    };
  }, [store, on, root, tone]);
  return tone.unlock;
}
