import { formatSigned, signOf } from "./format.js";

export interface SignedNumberProps {
  value: number;
  /** Decimal places; default 4 (micrograd's draw_dot precision). */
  digits?: number;
  /** Colour by sign as well as the glyph; default true. */
  coloured?: boolean;
}

/** A number with an explicit +/− glyph, tabular digits and (optionally) its sign's hue. */
export function SignedNumber({ value, digits = 4, coloured = true }: SignedNumberProps) {
  const sign = signOf(value);
  const tone = coloured || sign === "bad" ? ` nudge-num--${sign}` : "";
  return (
    <span className={`nudge-num${tone}`} data-sign={sign} title={sign === "bad" ? "not a finite number" : undefined}>
      {formatSigned(value, digits)}
    </span>
  );
}
