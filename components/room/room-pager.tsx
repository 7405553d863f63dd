"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { nextStage, roomWindow } from "./room-window";

type Stage = { key: string; name: string };

type RoomState = {
  stages: Stage[];
  current: number;
  /** How many columns the screen shows side by side (from the CSS); 0 on a phone, where stages stack. */
  columns: number;
  playing: boolean;
  interval: number;
  go: (index: number) => void;
  setColumns: (columns: number) => void;
  setPlaying: (playing: boolean) => void;
  setInterval: (seconds: number) => void;
};

const RoomContext = createContext<RoomState | null>(null);

function useRoom(): RoomState {
  const room = useContext(RoomContext);
  if (!room) throw new Error("Room components must sit inside <RoomPager>");
  return room;
}

export const AUTO_ADVANCE_SECONDS = [10, 20, 30, 60] as const;

/** Keys presentation clickers send, and the keyboard's own: what each does to the stage in front. */
function stageFor(event: KeyboardEvent, current: number, last: number): number | null {
  switch (event.key) {
    case "ArrowRight":
    case "PageDown":
      return current + 1;
    case "ArrowLeft":
    case "PageUp":
      return current - 1;
    case " ":
      return event.shiftKey ? current - 1 : current + 1;
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}

/** A key meant for a control (typing, choosing, pressing a focused button) is left to that control. */
function belongsToControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target.isContentEditable || target.closest("input, select, textarea")) return true;
  return event.key === " " && target.closest("button, a, summary") !== null;
}

/**
 * The customer room's paging: which stage is in front, the keys and clicker that move it, the address
 * that remembers it, and auto-advance for a screen nobody is standing at.
 */
export function RoomPager({
  stages,
  initialStage,
  initialPlay,
  children,
}: {
  stages: Stage[];
  initialStage: number;
  /** Seconds between stages when the address asked to auto-advance; null to stand still. */
  initialPlay: number | null;
  children: ReactNode;
}) {
  const router = useRouter();
  const [current, setCurrent] = useState(initialStage);
  const [columns, setColumns] = useState(3);
  const [playing, setPlaying] = useState(false);
  const [interval, setIntervalSeconds] = useState(initialPlay ?? 20);
  const last = stages.length - 1;
  const go = useCallback((index: number) => setCurrent(Math.max(0, Math.min(last, index))), [last]);

  // Asked for by the address, auto-advance starts by itself — unless the viewer asked for less motion:
  // then it waits for the Auto-advance button.
  useEffect(() => {
    if (initialPlay !== null && !window.matchMedia("(prefers-reduced-motion: reduce)").matches) setPlaying(true);
  }, [initialPlay]);

  // The address keeps the stage in front (and auto-advance), so a reload or a shared link opens the same.
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("stage", stages[current]!.key);
    if (playing) url.searchParams.set("play", String(interval));
    else url.searchParams.delete("play");
    window.history.replaceState(window.history.state, "", url);
  }, [current, playing, interval, stages]);

  useEffect(() => {
    if (columns === 0) return; // on a phone the stages are a list to scroll: keys keep their usual meaning
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || belongsToControl(event)) return;
      const index = stageFor(event, current, last);
      if (index === null) return;
      event.preventDefault();
      go(index);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [columns, current, last, go]);

  // Anyone who reaches for the room takes it over: a key, a click, a scroll or moving focus stops
  // auto-advance — except using the auto-advance controls themselves (pressing the button, choosing an
  // interval), or they could never be used. A clicker's key still stops it while that button has focus.
  useEffect(() => {
    if (!playing) return;
    const stop = (event: Event) => {
      const target = event.target as Element | null;
      if (target?.closest?.("[data-room-autoplay]")) {
        if (!(event instanceof KeyboardEvent)) return;
        if (event.key === "Enter" || event.key === " " || target.tagName === "SELECT") return;
      }
      setPlaying(false);
    };
    const events = ["keydown", "pointerdown", "wheel", "focusin"] as const;
    for (const name of events) document.addEventListener(name, stop, { capture: true });
    return () => {
      for (const name of events) document.removeEventListener(name, stop, { capture: true });
    };
  }, [playing]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = nextStage(current, stages.length);
      // Back at the start of the journey: fetch the room afresh, so stories added from phones appear.
      if (next === 0) router.refresh();
      setCurrent(next);
    }, interval * 1000);
    return () => window.clearTimeout(timer);
  }, [playing, current, interval, stages.length, router]);

  const value = useMemo<RoomState>(
    () => ({
      stages,
      current,
      columns,
      playing,
      interval,
      go,
      setColumns,
      setPlaying,
      setInterval: setIntervalSeconds,
    }),
    [stages, current, columns, playing, interval, go],
  );
  return <RoomContext.Provider value={value}>{children}</RoomContext.Provider>;
}

/** Previous / next, the position, and auto-advance; the position is announced when it changes. */
export function RoomControls() {
  const { stages, current, go, playing, setPlaying, interval, setInterval } = useRoom();
  const [announcement, setAnnouncement] = useState("");
  const first = useRef(true);
  const position = `Stage ${current + 1} of ${stages.length}`;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setAnnouncement(`${position}: ${stages[current]!.name}`);
  }, [position, current, stages]);
  const atStart = current === 0;
  const atEnd = current === stages.length - 1;
  return (
    <div className="room-controls">
      <nav className="room-pager" aria-label="Stages">
        {/* aria-disabled rather than disabled: a button that vanishes from the tab order drops focus. */}
        <button
          type="button"
          className="button secondary"
          aria-disabled={atStart}
          onClick={() => !atStart && go(current - 1)}
        >
          <span aria-hidden="true">← </span>Previous stage
        </button>
        <span className="room-position" data-testid="room-position">
          {position}
        </span>
        <button
          type="button"
          className="button secondary"
          aria-disabled={atEnd}
          onClick={() => !atEnd && go(current + 1)}
        >
          Next stage<span aria-hidden="true"> →</span>
        </button>
      </nav>
      <div className="room-autoplay" data-room-autoplay role="group" aria-label="Auto-advance">
        <button type="button" className="button secondary" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? "Stop auto-advance" : "Auto-advance"}
        </button>
        <label className="room-interval">
          <span className="sr-only">Move on every</span>
          <select value={interval} onChange={(e) => setInterval(Number(e.target.value))}>
            {AUTO_ADVANCE_SECONDS.map((s) => (
              <option key={s} value={s}>
                every {s} seconds
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="sr-only" aria-live="polite" data-testid="room-announcement">
        {announcement}
      </p>
    </div>
  );
}

/**
 * The row of stages: tells the pager how many columns the screen's CSS lays out side by side, scrolls the
 * row to the stages in front (at once: a wall needs no slide), and pages to a stage that focus moves into.
 */
export function RoomStages({ children }: { children: ReactNode }) {
  const { stages, current, columns, setColumns, go } = useRoom();
  const list = useRef<HTMLOListElement>(null);
  const [measured, setMeasured] = useState(false);
  const { start, end } = roomWindow(current, stages.length, columns);
  useEffect(() => {
    const element = list.current!;
    const measure = () => setColumns(Number(getComputedStyle(element).getPropertyValue("--room-columns")) || 0);
    measure();
    setMeasured(true);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [setColumns]);
  useEffect(() => {
    const element = list.current!;
    const first = element.children[start] as HTMLElement | undefined;
    element.scrollLeft = columns > 0 && first ? first.offsetLeft : 0;
  }, [start, columns]);
  useEffect(() => {
    const element = list.current!;
    const onFocus = (event: FocusEvent) => {
      const index = [...element.children].findIndex((li) => li.contains(event.target as Node));
      if (columns > 0 && index >= 0 && (index < start || index >= end)) go(index);
    };
    element.addEventListener("focusin", onFocus);
    return () => element.removeEventListener("focusin", onFocus);
  }, [columns, start, end, go]);
  return (
    <ol
      ref={list}
      className="room-stages"
      aria-label="Stages of the customer's journey"
      data-columns={measured ? columns : undefined}
    >
      {children}
    </ol>
  );
}

/** One stage's column: in view or not (by the pager's window), and marked when it is the one in front. */
export function RoomStageSlot({
  index,
  labelledBy,
  severe,
  children,
}: {
  index: number;
  labelledBy: string;
  severe: boolean;
  children: ReactNode;
}) {
  const { stages, current, columns } = useRoom();
  const { start, end } = roomWindow(current, stages.length, columns);
  const inView = index >= start && index < end;
  return (
    <li
      className={`room-stage${severe ? " room-stage--severe" : ""}`}
      data-in-view={inView}
      aria-labelledby={labelledBy}
      aria-current={index === current && columns > 0 ? "step" : undefined}
      data-testid="room-stage"
    >
      {children}
    </li>
  );
}

/** Shown only while its stage is in front: the wall's one QR code belongs to the stage being discussed. */
export function ForStageInFront({ index, children }: { index: number; children: ReactNode }) {
  const { current } = useRoom();
  return index === current ? children : null;
}
