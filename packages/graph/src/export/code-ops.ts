import type { Arith } from "../kinds/types.js";

/** A number as source text that reads back to exactly the same double in JavaScript and Python. */
export function literal(x: number): string {
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** JavaScript on `@nudge/autograd` Values: `a.add(b)`, `a.tanh()`, … */
export const jsOps: Arith<string> = {
  const: (x) => `new Value(${literal(x)})`,
  add: (a, b) => `${a}.add(${b})`,
  sub: (a, b) => `${a}.sub(${b})`,
  mul: (a, b) => `${a}.mul(${b})`,
  div: (a, b) => `${a}.div(${b})`,
  pow: (a, n) => `${a}.pow(${literal(n)})`,
  neg: (a) => `${a}.neg()`,
  exp: (a) => `${a}.exp()`,
  log: (a) => `${a}.log()`,
  tanh: (a) => `${a}.tanh()`,
  relu: (a) => `${a}.relu()`,
  sigmoid: (a) => `${a}.sigmoid()`,
};

/** Python on torch tensors (element-wise over the batch). */
export const pyOps: Arith<string> = {
  const: (x) => `torch.tensor(${literal(x)})`,
  add: (a, b) => `(${a} + ${b})`,
  sub: (a, b) => `(${a} - ${b})`,
  mul: (a, b) => `(${a} * ${b})`,
  div: (a, b) => `(${a} / ${b})`,
  pow: (a, n) => `(${a} ** ${literal(n)})`,
  neg: (a) => `(-${a})`,
  exp: (a) => `torch.exp(${a})`,
  log: (a) => `torch.log(${a})`,
  tanh: (a) => `torch.tanh(${a})`,
  relu: (a) => `torch.relu(${a})`,
  sigmoid: (a) => `torch.sigmoid(${a})`,
};

/** Turns node ids into distinct identifiers safe in JavaScript and Python. */
export function identifiers(ids: readonly string[], reserved: readonly string[] = []): Map<string, string> {
  const used = new Set(reserved);
  const names = new Map<string, string>();
  for (const id of ids) {
    let base = id.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z_]/.test(base)) base = `n_${base}`;
    if (
      /^(in|is|if|or|and|not|for|def|del|new|var|let|try|with|from|pass|else|class|import|return|lambda|yield|while|async|await|const|function|default|delete|this|true|false|null|None|True|False)$/.test(
        base,
      )
    )
      base = `${base}_`;
    let name = base;
    for (let k = 2; used.has(name); k += 1) name = `${base}_${k}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}

/** A string as a safe single-line comment body (no line breaks). */
export function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, " ");
}
