import { useId } from "react";

/** One choice of a `SelectField`. */
export interface SelectOption<V extends string | number> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string | number> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** A controlled, labelled select. */
export function SelectField<V extends string | number>({
  label,
  value,
  options,
  onChange,
  disabled,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="nudge-field">
      <label className="nudge-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="nudge-input"
        value={String(value)}
        disabled={disabled}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
