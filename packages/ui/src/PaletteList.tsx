import type { DragEvent, PointerEvent, ReactNode } from "react";

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
  /** Pointer drags the editor tracks itself (e.g. with a ghost); items are HTML-draggable only with `onItemDragStart`. */
  onItemPointerDown?: (kind: string, event: PointerEvent<HTMLElement>) => void;
  /** Shown after the groups, e.g. a list of keyboard shortcuts. */
  children?: ReactNode;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** The palette: draggable buttons named after their kind, grouped by category. */
export function PaletteList({ items, onItemDragStart, onItemActivate, onItemPointerDown, children }: PaletteListProps) {
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
                  draggable={onItemDragStart !== undefined}
                  data-kind={item.kind}
                  data-category={category ? slug(category) : undefined}
                  title={item.description}
                  onDragStart={onItemDragStart && ((e) => onItemDragStart(item.kind, e))}
                  onPointerDown={onItemPointerDown && ((e) => onItemPointerDown(item.kind, e))}
                  onClick={() => onItemActivate?.(item.kind)}
                >
                  {item.icon && (
                    <span className="nudge-palette__icon" aria-hidden>
                      {item.icon}
                    </span>
                  )}
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {children}
    </nav>
  );
}
