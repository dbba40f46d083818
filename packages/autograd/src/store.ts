/**
 * Where `Value`s keep their numbers: flat typed arrays ("stores") written as nodes are created, so
 * building a graph allocates one small object per node and `backward()` sorts and sweeps integers
 * instead of walking objects scattered over the heap (PERF-NOTES: GC and the sort were 3/4 of a step).
 *
 * A store is only ever appended to; a fresh one starts after a `backward()` over a large graph (the
 * old one lives on while any of its Values does, and the GC frees it). A leaf used by a node in a
 * newer store moves there (its old slot is marked MOVED); any other operand from an older store is
 * marked FOREIGN. A graph holding either takes the general path, which gives the same numbers.
 */
export class Store {
  readonly val: Float64Array;
  readonly grd: Float64Array;
  readonly code: Uint8Array;
  /** Operand slots in this store; -1 none, FOREIGN_OPERAND when the operand lives in another store. */
  readonly opa: Int32Array;
  readonly opb: Int32Array;
  /** Visit marks of `topologicalOrder` and slot stashes of `compileTape`. */
  readonly mk: Int32Array;
  n = 0;

  constructor(readonly capacity: number) {
    // One allocation, cut into the six arrays (8 + 8 + 4 + 4 + 4 + 1 bytes per slot).
    const buffer = new ArrayBuffer(29 * capacity);
    this.val = new Float64Array(buffer, 0, capacity);
    this.grd = new Float64Array(buffer, 8 * capacity, capacity);
    this.opa = new Int32Array(buffer, 16 * capacity, capacity);
    this.opb = new Int32Array(buffer, 20 * capacity, capacity);
    this.mk = new Int32Array(buffer, 24 * capacity, capacity);
    this.code = new Uint8Array(buffer, 28 * capacity, capacity);
  }
}

/** Marks a slot whose leaf moved to a newer store. */
export const MOVED = 255;
/** An operand that lives in another store. */
export const FOREIGN_OPERAND = -2;

const FIRST_CAPACITY = 4096;
let current = new Store(FIRST_CAPACITY);
/** Slots filled in earlier stores since the last switch at `backward()`. */
let filledBefore = 0;

/** The store new nodes go to, with room for at least `k` more. */
export function storeWithRoom(k: number): Store {
  if (current.n + k > current.capacity) {
    filledBefore += current.n;
    current = new Store(2 * current.capacity);
  }
  return current;
}

/** After a `backward()`: once a graph of some size has been built, the next one starts in a fresh store that fits it. */
export function switchAfterBackward(): void {
  const used = filledBefore + current.n;
  if (used < FIRST_CAPACITY) return;
  startNewStore(Math.ceil(used * 1.25));
}

/** The next node goes to a new store (tests use it to build graphs that span stores). */
export function startNewStore(capacity = FIRST_CAPACITY): void {
  current = new Store(Math.max(FIRST_CAPACITY, capacity));
  filledBefore = 0;
}

// Scratch for the sort, reused across calls (first touches of fresh pages are slow, PERF-NOTES).
let mark = new Int32Array(FIRST_CAPACITY);
let epoch = 0;
let order = new Int32Array(FIRST_CAPACITY);
let stack = new Int32Array(FIRST_CAPACITY);
let state = new Uint8Array(FIRST_CAPACITY);

/** The slots written by the last `sortSlots`, in order (scratch: read before the next call). */
export function sortedSlots(): Int32Array {
  return order;
}

/**
 * Writes the slots `root` depends on in `s` to `sortedSlots()`, in exactly the order
 * `topologicalOrder` gives (operand a's subgraph, then b's, leaves when first seen, each node after
 * its operands), and returns how many; -1 if the graph leaves the store (MOVED or FOREIGN).
 */
export function sortSlots(s: Store, root: number): number {
  if (mark.length < s.capacity) {
    const size = Math.max(s.capacity, 2 * mark.length);
    mark = new Int32Array(size);
    order = new Int32Array(size);
    stack = new Int32Array(size);
    state = new Uint8Array(size);
    epoch = 0;
  }
  if (epoch === 0x3fffffff) { mark.fill(0); epoch = 0; }
  const e = ++epoch;
  const { code, opa, opb } = s;
  let n = 0, sp = -1, v = root;
  mark[root] = e;
  if (code[root] === LEAF) { order[0] = root; return 1; }
  // Descend through first operands, then climb back, taking each node's second operand on the way.
  for (;;) {
    stack[++sp] = v;
    state[sp] = 0;
    const a = opa[v];
    if (a === FOREIGN_OPERAND) return -1;
    if (a >= 0 && mark[a] !== e) {
      mark[a] = e;
      const c = code[a];
      if (c === MOVED) return -1;
      if (c !== LEAF) { v = a; continue; }
      order[n++] = a;
    }
    v = -1;
    while (sp >= 0) {
      const top = stack[sp];
      if (state[sp] === 0) {
        state[sp] = 1;
        // A pow node keeps its exponent leaf in b, which is not an operand.
        const b = code[top] === POW ? -1 : opb[top];
        if (b === FOREIGN_OPERAND) return -1;
        if (b >= 0 && mark[b] !== e) {
          mark[b] = e;
          const c = code[b];
          if (c === MOVED) return -1;
          if (c !== LEAF) { v = b; break; }
          order[n++] = b;
        }
      }
      order[n++] = top;
      sp--;
    }
    if (v < 0) return n;
  }
}

// ops.ts codes as module-local constants (imported bindings are getters under Vite/Vitest).
const LEAF = 0, POW = 3;
