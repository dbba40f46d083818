import { describe, expect, it } from "vitest";
import { splitNotice } from "../src/panels/NoticeBar";

describe("notice head and body", () => {
  it("splits at the first colon or sentence end", () => {
    expect(splitNotice("Could not open a.nudge.json: data: bad. Your graph is unchanged.")).toEqual([
      "Could not open a.nudge.json",
      "data: bad. Your graph is unchanged.",
    ]);
    expect(splitNotice("Added loss-1. To wire, drag from a node's right dot.")).toEqual([
      "Added loss-1",
      "To wire, drag from a node's right dot.",
    ]);
  });
  it("keeps a short message whole", () => {
    expect(splitNotice("Saved.")).toEqual(["Saved.", undefined]);
    expect(splitNotice("Link copied")).toEqual(["Link copied", undefined]);
  });
});
