/** Theme colours resolved to concrete CSS colour strings, for canvas drawing. */
export interface ThemeColours {
  text: string;
  muted: string;
  border: string;
  surface: string;
  pos: string;
  neg: string;
  grad: string;
  active: string;
  classes: string[];
}

const fallback: ThemeColours = {
  text: "#1f2933",
  muted: "#52606d",
  border: "#cfd6de",
  surface: "#ffffff",
  pos: "#2166ac",
  neg: "#a85205",
  grad: "#aa3377",
  active: "#d4a017",
  classes: ["#e69f00", "#0072b2", "#871e1e", "#69c387"],
};

/** Reads the `--nudge-*` colours in effect at `el` (falls back to the light theme outside a document). */
export function readThemeColours(el: Element | null): ThemeColours {
  if (!el) return fallback;
  const style = getComputedStyle(el);
  const read = (name: string, alt: string) => style.getPropertyValue(`--nudge-${name}`).trim() || alt;
  return {
    text: read("text", fallback.text),
    muted: read("text-muted", fallback.muted),
    border: read("border", fallback.border),
    surface: read("surface", fallback.surface),
    pos: read("pos", fallback.pos),
    neg: read("neg", fallback.neg),
    grad: read("grad", fallback.grad),
    active: read("active", fallback.active),
    classes: fallback.classes.map((c, i) => read(`class-${i}`, c)),
  };
}
