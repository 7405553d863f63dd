import { describe, expect, it } from "vitest";
import { nextStage, roomWindow } from "./room-window";

describe("the stages a wall shows", () => {
  it("puts the stage in front first, followed by as many as fit", () => {
    expect(roomWindow(0, 7, 3)).toEqual({ start: 0, end: 3 });
    expect(roomWindow(2, 7, 3)).toEqual({ start: 2, end: 5 });
  });
  it("stops at the last stage rather than leaving columns empty", () => {
    expect(roomWindow(5, 7, 3)).toEqual({ start: 4, end: 7 });
    expect(roomWindow(6, 7, 3)).toEqual({ start: 4, end: 7 });
  });
  it("shows every stage when they all fit, or on a phone's list", () => {
    expect(roomWindow(4, 3, 3)).toEqual({ start: 0, end: 3 });
    expect(roomWindow(4, 7, 0)).toEqual({ start: 0, end: 7 });
  });
  it("reaches every stage by stepping one at a time", () => {
    const seen = new Set<number>();
    for (let current = 0; current < 7; current++) {
      const { start, end } = roomWindow(current, 7, 3);
      expect(current >= start && current < end).toBe(true);
      for (let i = start; i < end; i++) seen.add(i);
    }
    expect(seen.size).toBe(7);
  });
  it("auto-advances to the next stage and from the last back to the first", () => {
    expect(nextStage(0, 7)).toBe(1);
    expect(nextStage(6, 7)).toBe(0);
  });
});
