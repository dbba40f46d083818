import { useId, useState } from "react";
import { compareGradients, type Agreement } from "./grad-check.js";
import { SignedNumber } from "./SignedNumber.js";
import { validateNumber } from "./validate-number.js";

export interface GradCheckPanelProps {
  /** What the learner computes, e.g. `"dg/da"`. */
  target: string;
  /** The gradient backprop computed; `undefined` before Backward has run (the guess is then compared with the finite difference). */
  backprop?: number;
  /** The central finite difference `(f(x+h) − f(x−h)) / 2h`. */
  finiteDifference: number;
  /** Step used for the finite difference, shown for reference. */
  h?: number;
  /** Allowed error (see `compareGradients`); default 1e-3. */
  tolerance?: number;
  /** A guess already made (e.g. restored from the document); shown as checked. */
  defaultGuess?: number;
  /** Called after each valid check. */
  onCheck?: (guess: number, result: { guess: Agreement; methods: Agreement }) => void;
}

/** "Check my gradient": the learner types a gradient, then sees it beside backprop and the finite difference. */
export function GradCheckPanel({
  target,
  backprop,
  finiteDifference,
  h = 1e-6,
  tolerance = 1e-3,
  defaultGuess,
  onCheck,
}: GradCheckPanelProps) {
  const id = useId();
  const [text, setText] = useState(defaultGuess === undefined ? "" : String(defaultGuess));
  const [checked, setChecked] = useState<number | null>(defaultGuess ?? null);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const check = validateNumber(text);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    setChecked(check.value);
    const reference = backprop ?? finiteDifference;
    onCheck?.(check.value, {
      guess: compareGradients(check.value, reference, tolerance),
      methods: compareGradients(reference, finiteDifference, tolerance),
    });
  };
  const guessFd = checked === null ? null : compareGradients(checked, finiteDifference, tolerance);
  const guess =
    checked === null ? null : backprop === undefined ? guessFd : compareGradients(checked, backprop, tolerance);
  const methods = backprop === undefined ? null : compareGradients(backprop, finiteDifference, tolerance);
  return (
    <section className="nudge-panel nudge-gradcheck" aria-label={`Check my gradient ${target}`}>
      <h2 className="nudge-panel__title">Check my gradient</h2>
      <form
        className="nudge-gradcheck__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="nudge-field__label" htmlFor={id}>
          Your {target}
        </label>
        <input
          id={id}
          className="nudge-input"
          inputMode="decimal"
          value={text}
          aria-invalid={error !== null}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="nudge-button nudge-button--primary">
          Check
        </button>
      </form>
      {error && (
        <p className="nudge-field__error" role="alert">
          {error}
        </p>
      )}
      {checked !== null && guess && (
        <div aria-live="polite">
          <dl className="nudge-gradcheck__results">
            <dt>yours</dt>
            <dd>
              <SignedNumber value={checked} />
            </dd>
            <dt>backprop</dt>
            <dd>{backprop === undefined ? "run Backward first" : <SignedNumber value={backprop} />}</dd>
            <dt>finite difference (h = {h.toExponential()})</dt>
            <dd>
              <SignedNumber value={finiteDifference} />
            </dd>
          </dl>
          <p className={guess.agree ? "nudge-ok" : "nudge-bad"}>
            {backprop === undefined
              ? guess.agree
                ? "✓ Yours agrees with the finite difference."
                : "✗ Yours differs from the finite difference."
              : guess.agree
                ? "✓ Yours agrees with backprop."
                : `✗ Yours differs from backprop${guessFd?.agree ? ", but agrees with the finite difference" : ""}.`}
          </p>
          {methods && (
            <p className={methods.agree ? "nudge-ok" : "nudge-bad"}>
              {methods.agree
                ? "✓ Backprop agrees with the finite difference."
                : "✗ Backprop differs from the finite difference: a backward rule is wrong."}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
