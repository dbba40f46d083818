import { useId, useState } from "react";
import { validateNumber, type NumberRule } from "./validate-number.js";

export interface NumberFieldProps extends NumberRule {
  /** Visible label; also the input's accessible name. */
  label: string;
  /** `undefined` = not set yet (an empty field showing `placeholder`, e.g. a weight still "random"). */
  value: number | undefined;
  /** Called with a valid number on Enter or when the field loses focus. */
  onChange: (value: number) => void;
  hint?: string;
  disabled?: boolean;
  /** Shown in the empty field when `value` is undefined. */
  placeholder?: string;
}

// Six significant digits: a trained weight reads -0.847363, not -0.8473629102384.
const shown = (v: number | undefined) =>
  v === undefined ? "" : Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);

/** A controlled number input that validates as the learner types and commits only valid numbers; Escape reverts. */
export function NumberField({ label, value, onChange, hint, disabled, placeholder, ...rule }: NumberFieldProps) {
  const id = useId();
  // While the learner types, the field shows their draft; otherwise it shows `value`.
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null;
  const text = draft ?? shown(value);
  const untouched = value === undefined && text.trim() === "";
  const check = untouched ? ({ ok: true, value: Number.NaN } as const) : validateNumber(text, rule);
  const commit = () => {
    if (!editing || !check.ok || untouched) return;
    setDraft(null);
    if (check.value !== value) onChange(check.value);
  };
  return (
    <div className="nudge-field">
      <label className="nudge-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="nudge-input"
        inputMode="decimal"
        value={text}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={!check.ok}
        aria-describedby={`${id}-msg`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") setDraft(null);
        }}
      />
      <span
        id={`${id}-msg`}
        className={check.ok ? "nudge-field__hint" : "nudge-field__error"}
        role={check.ok ? undefined : "alert"}
      >
        {check.ok ? hint : check.message}
      </span>
    </div>
  );
}
