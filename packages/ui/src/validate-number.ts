import { messages } from "./messages.js";
import { parseNumber } from "./format.js";

/** Limits a typed number must respect. */
export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** The result of checking typed text: a number, or the message that explains why not. */
export type NumberCheck = { ok: true; value: number } | { ok: false; message: string };

/**
 * Parses and checks what a learner typed against a rule.
 * @example validateNumber("abc", {}) // { ok: false, message: '"abc" is not a number. …' }
 */
export function validateNumber(text: string, rule: NumberRule = {}): NumberCheck {
  if (text.trim() === "") return { ok: false, message: messages.empty() };
  const value = parseNumber(text);
  if (value === null) return { ok: false, message: messages.notNumber(text.trim()) };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: messages.notInteger() };
  if (rule.min !== undefined && value < rule.min) return { ok: false, message: messages.belowMin(rule.min) };
  if (rule.max !== undefined && value > rule.max) return { ok: false, message: messages.aboveMax(rule.max) };
  return { ok: true, value };
}
