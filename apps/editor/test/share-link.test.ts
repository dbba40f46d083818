import { createTemplate } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { decodeShareLink, encodeShareLink } from "../src/doc/graph-api";

describe("share links", () => {
  it("round-trips a document, including non-ASCII labels", () => {
    const doc = createTemplate("moons-mlp");
    const back = decodeShareLink(encodeShareLink(doc));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.doc).toEqual(doc);
  });

  it("refuses a damaged link with a message", () => {
    const link = encodeShareLink(createTemplate("abc"));
    for (const broken of [link.slice(0, link.length / 2), "!!!", ""]) {
      const res = decodeShareLink(broken);
      expect(res.ok).toBe(false);
    }
  });
});
