import { describe, expect, it } from "vitest";
import { encodeTable, fitTable, tableEncoderFromJSON } from "./encode-table.js";
import { inferSchema } from "./infer-schema.js";

const rows = [
  { id: "p01", genotype: "wt", severity: "low", height: 10, mass: 1, temp: -2 },
  { id: "p02", genotype: "mut", severity: "high", height: 14, mass: 1000, temp: 3 },
  { id: "p03", genotype: "wt", severity: "medium", height: 12, mass: 10, temp: 5 },
];

describe("inferSchema", () => {
  it("reads 150,000 rows without overflowing the stack, min and max from every row", () => {
    const many = Array.from({ length: 150_000 }, (_, i) => ({
      dose: 1 + ((i * 7919) % 150_000) / 1000,
      shift: i === 149_999 ? -4 : i,
    }));
    const [dose, shift] = inferSchema(many);
    expect(dose!.reason).toBe("Positive numbers spanning 2 orders of magnitude: log, then z-score.");
    expect(shift).toMatchObject({ level: "interval", reason: "Numbers below zero, so no natural zero: z-score." });
  });

  it("suggests a level per column, with a reason", () => {
    const schema = inferSchema(rows);
    const level = Object.fromEntries(
      schema.map((c) => [c.name, [c.level, "transform" in c ? c.transform : undefined]]),
    );
    expect(level).toEqual({
      id: ["nominal", undefined],
      genotype: ["nominal", undefined],
      severity: ["ordinal", undefined],
      height: ["ratio", undefined],
      mass: ["ratio", "log"],
      temp: ["interval", undefined],
    });
    expect(schema.find((c) => c.name === "severity")).toMatchObject({ levels: ["low", "medium", "high"] });
    expect(schema.every((c) => c.reason.length > 10)).toBe(true);
  });

  it("marks identifiers and empty columns to leave out", () => {
    const ids = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, empty: null }));
    const [id, empty] = inferSchema(ids);
    expect(id).toMatchObject({ level: "nominal", exclude: true });
    expect(empty).toMatchObject({ exclude: true, missingCount: 12 });
  });
});

describe("encodeTable", () => {
  it("encodes into one [n, c] matrix with feature names, hand-checked", () => {
    const { data, shape, featureNames } = encodeTable(rows, [
      { name: "genotype", level: "nominal" },
      { name: "severity", level: "ordinal", levels: ["low", "medium", "high"], code: "thermometer" },
      { name: "height", level: "interval" },
    ]);
    expect(shape).toEqual([3, 5]);
    expect(featureNames).toEqual(["genotype=mut", "genotype=wt", "severity≥medium", "severity≥high", "height"]);
    const s = Math.sqrt(8 / 3); // heights 10, 14, 12: mean 12, population SD sqrt(8/3)
    const expected = [0, 1, 0, 0, -2 / s, 1, 0, 1, 1, 2 / s, 0, 1, 1, 0, 0];
    Array.from(data).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it("inverse(transform(rows)) gives the rows back, also after a JSON round trip", () => {
    const schema = inferSchema(rows);
    const encoder = fitTable(rows, schema);
    const restored = tableEncoderFromJSON(JSON.parse(JSON.stringify(encoder.toJSON())));
    const back = restored.inverse(encoder.transform(rows).data);
    back.forEach((row, i) => {
      const original = rows[i]!;
      expect(row.genotype).toBe(original.genotype);
      expect(row.severity).toBe(original.severity);
      expect(row.height as number).toBeCloseTo(original.height, 4);
      expect(row.mass as number).toBeCloseTo(original.mass, 2);
      expect(row.id).toBe(original.id);
    });
  });

  it("names a column the table lacks", () => {
    expect(() => encodeTable(rows, [{ name: "weight", level: "ratio" }])).toThrow(
      'The schema names column "weight", which the table does not have (columns: "id", "genotype", "severity", "height", "mass", "temp").',
    );
  });
});
