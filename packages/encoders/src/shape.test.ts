import { describe, expect, it } from "vitest";
import { describeShape } from "./shape.js";

describe("describeShape", () => {
  it("names ranks as in the course table", () => {
    expect(describeShape([]).name).toBe("scalar");
    expect(describeShape([5]).text).toBe("vector [n=5]");
    expect(describeShape([150, 4]).text).toBe("matrix [n=150, c=4]");
    expect(describeShape([2, 100, 4]).text).toBe("3-tensor [n=2, l=100, c=4]");
    expect(describeShape([8, 3, 32, 32]).text).toBe("4-tensor [n=8, c=3, h=32, w=32]");
    expect(describeShape([1, 3, 16, 16, 10]).name).toBe("5-tensor");
  });

  it("uses the given layout and explains each dim", () => {
    const d = describeShape([32, 28, 28, 3], "NHWC");
    expect(d.text).toBe("4-tensor [n=32, h=28, w=28, c=3]");
    expect(d.dims.map((x) => x.meaning)).toEqual(["examples", "height", "width", "channels / features"]);
    expect(d.size).toBe(32 * 28 * 28 * 3);
    expect(describeShape([4, 28, 28], "nhw").dims[1]?.meaning).toBe("height");
  });

  it("refuses bad shapes and layouts with the reason", () => {
    expect(() => describeShape([2, -1])).toThrow("A shape is a list of whole numbers ≥ 0; got [2,-1].");
    expect(() => describeShape([2, 3], "nhw")).toThrow('Layout "nhw" names 3 dims but the shape has rank 2');
    expect(() => describeShape([2, 3], "nn")).toThrow(/layout/);
  });
});
