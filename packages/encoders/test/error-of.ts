import { EncoderError } from "../src/errors.js";

/** The EncoderError `fn` throws (any other outcome fails the test). */
export function errorOf(fn: () => unknown): EncoderError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EncoderError) return e;
    throw e;
  }
  throw new Error("expected an EncoderError");
}
