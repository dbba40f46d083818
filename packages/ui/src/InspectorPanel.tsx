import type { ReactNode } from "react";
import { FormulaView, type Formula } from "./FormulaView.js";
import { NumberField } from "./NumberField.js";

/** One editable number in the inspector, e.g. a weight or the bias. */
export interface InspectorField {
  /** Key passed back to `onFieldChange`, e.g. an edge id or `"bias"`. */
  name: string;
  label: string;
  /** `undefined` = not set yet (shows `placeholder`). */
  value: number | undefined;
  placeholder?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  hint?: string;
}

export interface InspectorPanelProps {
  /** What is inspected, e.g. `"Neuron h1"`. */
  title: string;
  /** One sentence on what this node does. */
  explain?: string;
  formula?: Formula;
  fields?: readonly InspectorField[];
  onFieldChange?: (name: string, value: number) => void;
  /** Heading for the fields, e.g. `"Incoming weights"`. */
  fieldsTitle?: string;
  /** Problems with this node (from validation), shown above the fields. */
  problems?: readonly string[];
  /** Extra controls (names, choices) shown above the number fields. */
  children?: ReactNode;
}

/** The side panel for a selected node or edge: formula with numbers plugged in, editable weights and bias. */
export function InspectorPanel({
  title,
  explain,
  formula,
  fields = [],
  fieldsTitle,
  onFieldChange,
  problems = [],
  children,
}: InspectorPanelProps) {
  return (
    <section className="nudge-panel nudge-inspector" aria-label={`Inspector: ${title}`}>
      <h2 className="nudge-panel__title">{title}</h2>
      {explain && <p className="nudge-panel__text">{explain}</p>}
      {problems.map((p) => (
        <p key={p} className="nudge-inspector__problem" role="alert">
          ⚠ {p}
        </p>
      ))}
      {formula && <FormulaView formula={formula} />}
      {children}
      {fieldsTitle && fields.length > 0 && <h3 className="nudge-panel__subtitle">{fieldsTitle}</h3>}
      {fields.length > 0 && (
        <div className="nudge-inspector__fields">
          {fields.map((f) => (
            <NumberField key={f.name} {...f} onChange={(v) => onFieldChange?.(f.name, v)} disabled={!onFieldChange} />
          ))}
        </div>
      )}
    </section>
  );
}
