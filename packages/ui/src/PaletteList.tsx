import type { DragEvent } from "react";

/** One entry of the palette. */
export interface PaletteItem {
  /** Node kind the editor creates, e.g. `"neuron"`. */
  kind: string;
  /** Visible and accessible name, e.g. `"Neuron"`. */
  label: string;
  /** Group heading, e.g. `"Neurons"`, `"Scalar ops"`. */
  category?: string;
  /** One line shown as a tooltip. */
  description?: string;
  /** A short glyph shown before the label, e.g. `"∑"`. */
  icon?: string;
}

export interface PaletteListProps {
  items: readonly PaletteItem[];
  /** The editor sets the drag data here (e.g. `event.dataTransfer.setData("application/nudge-kind", kind)`). */
  onItemDragStart?: (kind: string, event: DragEvent<HTMLElement>) => void;
  /** Click or Enter: add the node without dragging (keyboard users). */
  onItemActivate?: (kind: string) => void;
}

/** The palette: draggable buttons named after their kind, grouped by category. */
export function PaletteList({ items, onItemDragStart, onItemActivate }: PaletteListProps) {
  const groups = new Map<string, PaletteItem[]>();
  for (const item of items) {
    const key = item.category ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return (
    <nav className="nudge-palette" aria-label="Palette">
      {[...groups].map(([category, group]) => (
        <section key={category} className="nudge-palette__group">
          {category && <h3 className="nudge-palette__heading">{category}</h3>}
          <ul className="nudge-palette__list">
            {group.map((item) => (
              <li key={item.kind}>
                <button
                  type="button"
                  className="nudge-palette__item"
                  draggable
                  data-kind={item.kind}
                  title={item.description}
                  onDragStart={(e) => onItemDragStart?.(item.kind, e)}
                  onClick={() => onItemActivate?.(item.kind)}
                >
                  {item.icon && <span className="nudge-palette__icon" aria-hidden>{item.icon}</span>}
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
