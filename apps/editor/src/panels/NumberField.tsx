import { useEffect, useState } from "react";

/** A number input that commits on Enter or blur and refuses text that is not a finite number. */
export function NumberField(props: { label: string; value: number | undefined; step?: number; min?: number; max?: number;
  onCommit: (v: number) => void; placeholder?: string }) {
  const [text, setText] = useState(props.value === undefined ? "" : String(props.value));
  const [bad, setBad] = useState(false);
  useEffect(() => { setText(props.value === undefined ? "" : String(+props.value.toPrecision(6))); setBad(false); }, [props.value]);
  const commit = () => {
    const v = Number(text);
    if (text.trim() === "" || !Number.isFinite(v)) { setBad(text.trim() !== ""); return; }
    if ((props.min !== undefined && v < props.min) || (props.max !== undefined && v > props.max)) { setBad(true); return; }
    setBad(false);
    if (v !== props.value) props.onCommit(v);
  };
  return (
    <label className="nn-field">
      <span>{props.label}</span>
      <input type="text" inputMode="decimal" value={text} aria-label={props.label} aria-invalid={bad} placeholder={props.placeholder}
        onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === "Enter") commit(); }} />
      {bad && <em className="nn-field-err">{`Enter a number${props.min !== undefined ? ` ≥ ${props.min}` : ""}${props.max !== undefined ? ` ≤ ${props.max}` : ""}.`}</em>}
    </label>
  );
}
