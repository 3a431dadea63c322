import { describe, expect, it } from "vitest";

import { monthIndex } from "../../../src/filters/utils";
import {
  INITIAL_STATE,
  parseUrlState,
  restoreUrlState,
  serializeUrlState,
  setPlayhead,
  setPlaying,
} from "../../../src/state";

const known = () => false;
const SPAN = { min: 2013, max: 2023 };

describe("the playback in a link", () => {
  it("reads play=YYYY-MM as the month the years were played up to, and opens paused there", () => {
    const parsed = parseUrlState("?play=2019-03", known, known, SPAN);
    expect(parsed.state.playhead).toBe(monthIndex(2019, 3));
    const state = restoreUrlState(parsed.state)({ ...INITIAL_STATE, playing: true });
    expect(state.playhead).toBe(monthIndex(2019, 3));
    expect(state.playing).toBe(false);
  });

  it("writes the playhead, and nothing without a playback", () => {
    expect(serializeUrlState({ ...INITIAL_STATE, playhead: monthIndex(2020, 11) })).toBe("?play=2020-11");
    expect(serializeUrlState(INITIAL_STATE)).toBe("");
  });

  it.each(["2019-13", "2019-3", "march", "2019-00"])("drops play=%s with a notice", (raw) => {
    const parsed = parseUrlState(`?play=${raw}`, known, known, SPAN);
    expect(parsed.state.playhead).toBeUndefined();
    expect(parsed.notices[0]).toContain(raw);
  });

  it("brings a month outside the map's years to its nearest end, and says so", () => {
    const early = parseUrlState("?play=1999-05", known, known, SPAN);
    expect(early.state.playhead).toBe(monthIndex(2013, 1));
    expect(early.notices[0]).toContain("2013-01");
    expect(parseUrlState("?play=2031-05", known, known, SPAN).state.playhead).toBe(monthIndex(2023, 12));
  });
});

describe("playback actions", () => {
  it("ending the playback (no playhead) stops it", () => {
    const playing = setPlaying(true)(setPlayhead(monthIndex(2019, 1))(INITIAL_STATE));
    const ended = setPlayhead(null)(playing);
    expect(ended.playhead).toBeNull();
    expect(ended.playing).toBe(false);
  });

  it("keeps the same state for the same playhead", () => {
    const at = setPlayhead(monthIndex(2019, 1))(INITIAL_STATE);
    expect(setPlayhead(monthIndex(2019, 1))(at)).toBe(at);
  });
});
