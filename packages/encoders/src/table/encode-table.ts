import { fail } from "../errors.js";
import type { Cell } from "../levels/cells.js";
import { createEncoder, encoderFromJSON } from "../levels/create.js";
import type { ColumnEncoder, EncoderState } from "../levels/types.js";
import type { ColumnSchema } from "./infer-schema.js";
import { columnsByName, toTable, type TableInput } from "./table.js";

/** A table as one matrix: `shape = [n, c]`, row-major. */
export interface EncodedTable {
  data: Float32Array;
  shape: [number, number];
  featureNames: string[];
}

/** Fitted encoders for the included columns of a table. */
export interface TableEncoder {
  readonly encoders: readonly ColumnEncoder[];
  readonly featureNames: string[];
  /** Encodes a table with the same columns (e.g. the test set) using the fitted encoders. */
  transform(input: TableInput): EncodedTable;
  /** Decodes an `[n, c]` matrix back to rows keyed by column name. */
  inverse(data: ArrayLike<number>): Record<string, Cell>[];
  toJSON(): EncoderState[];
}

function tableEncoder(encoders: ColumnEncoder[]): TableEncoder {
  const featureNames = encoders.flatMap((e) => e.featureNames);
  const width = featureNames.length;
  return {
    encoders,
    featureNames,
    transform(input) {
      const table = toTable(input);
      const n = table.rows.length;
      const data = new Float32Array(n * width);
      const column = columnsByName(table);
      let offset = 0;
      for (const enc of encoders) {
        const { values, context } = column(enc.name);
        const part = enc.transform(values, context);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < enc.width; j++) data[i * width + offset + j] = part[i * enc.width + j] as number;
        offset += enc.width;
      }
      return { data, shape: [n, width], featureNames: featureNames.slice() };
    },
    inverse(data) {
      if (data.length % width !== 0) fail("WIDTH_MISMATCH", data.length, width);
      const n = data.length / width;
      const entries: [string, Cell][][] = Array.from({ length: n }, () => []);
      let offset = 0;
      for (const enc of encoders) {
        const part = new Float32Array(n * enc.width);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < enc.width; j++) part[i * enc.width + j] = data[i * width + offset + j] as number;
        enc.inverse(part).forEach((value, i) => (entries[i] as [string, Cell][]).push([enc.name, value]));
        offset += enc.width;
      }
      // fromEntries defines own keys, so a column named "__proto__" stays a column.
      return entries.map((row) => Object.fromEntries(row));
    },
    toJSON: () => encoders.map((e) => e.toJSON()),
  };
}

/** Fits one encoder per included schema column on `input`. */
export function fitTable(input: TableInput, schema: readonly ColumnSchema[]): TableEncoder {
  const column = columnsByName(toTable(input));
  const encoders = schema
    .filter((c) => !c.exclude)
    .map((spec) => {
      const { values, context } = column(spec.name);
      return createEncoder(spec).fit(values, context);
    });
  if (encoders.length === 0) fail("EMPTY_INPUT", "the schema (every column is excluded)");
  return tableEncoder(encoders);
}

/** Restores a {@link TableEncoder} from {@link TableEncoder.toJSON}'s output. */
export function tableEncoderFromJSON(states: readonly unknown[]): TableEncoder {
  return tableEncoder(states.map(encoderFromJSON));
}

/**
 * Fits a schema on a table and encodes it as one `[n, c]` matrix.
 *
 * @example
 * const rows = [{ base: "A", gc: 0.4 }, { base: "G", gc: 0.6 }];
 * const { data, shape, featureNames, encoder } = encodeTable(rows, inferSchema(rows));
 */
export function encodeTable(
  input: TableInput,
  schema: readonly ColumnSchema[],
): EncodedTable & { encoder: TableEncoder } {
  const encoder = fitTable(input, schema);
  return { ...encoder.transform(input), encoder };
}
