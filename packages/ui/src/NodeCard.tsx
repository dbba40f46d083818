import type { ReactNode } from "react";

export interface NodeCardProps {
  /** The node kind, shown small above the title and used as a CSS modifier, e.g. `"neuron"`. */
  kind: string;
  /** The node's own name, e.g. `"h1"` or `"x1"`. */
  title?: ReactNode;
  /** Extra text at the right of the header, e.g. the activation name. */
  aside?: ReactNode;
  selected?: boolean;
  /** Highlighted as the op being executed in step-through. */
  active?: boolean;
  children?: ReactNode;
}

/** The frame every node view shares: header with kind and name, then rows. */
export function NodeCard({ kind, title, aside, selected, active, children }: NodeCardProps) {
  const classes = ["nudge-node", `nudge-node--${kind.replace(/[^a-z0-9-]/gi, "-")}`];
  if (selected) classes.push("nudge-node--selected");
  if (active) classes.push("nudge-node--active");
  return (
    <div className={classes.join(" ")} data-kind={kind} aria-current={active ? "step" : undefined}>
      <div className="nudge-node__header">
        <span className="nudge-node__kind">{kind}</span>
        {title !== undefined && <span className="nudge-node__title">{title}</span>}
        {aside !== undefined && <span className="nudge-node__aside">{aside}</span>}
      </div>
      {children}
    </div>
  );
}
