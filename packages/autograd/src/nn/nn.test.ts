import { describe, expect, it } from "vitest";
import { Layer } from "./layer.js";
import { MLP } from "./mlp.js";
import { Neuron } from "./neuron.js";

const relu = (x: number) => Math.max(0, x);

describe("MLP with micrograd's defaults", () => {
  const model = new MLP(2, [16, 16, 1]);

  it("has 337 parameters listed per layer, per neuron, weights then bias", () => {
    const ps = model.parameters();
    expect(ps.length).toBe(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1);
    expect(ps.slice(0, 4).map((p) => p.label)).toEqual(["L0.N0.w0", "L0.N0.w1", "L0.N0.b", "L0.N1.w0"]);
    expect(ps.at(-1)!.label).toBe("L2.N0.b");
    const expected = model.layers.flatMap((l) => l.neurons.flatMap((n) => [...n.w, n.b]));
    expect(ps).toEqual(expected);
  });

  it("uses ReLU hidden layers, a linear output, uniform(-1, 1) weights and zero biases", () => {
    expect(model.layers.map((l) => l.neurons[0].activation)).toEqual(["relu", "relu", "linear"]);
    const neurons = model.layers.flatMap((l) => l.neurons);
    expect(neurons.every((n) => n.b.data === 0)).toBe(true);
    const ws = neurons.flatMap((n) => n.w.map((w) => w.data));
    expect(ws.every((w) => w >= -1 && w < 1)).toBe(true);
    expect(Math.abs(ws.reduce((a, b) => a + b, 0) / ws.length)).toBeLessThan(0.1);
  });

  it("computes relu(relu(x·W0 + b0)·W1 + b1)·W2 + b2, checked with plain numbers", () => {
    const x = [0.3, -0.8];
    let h = x;
    model.layers.forEach((layer, li) => {
      h = layer.neurons.map((n) => {
        const s = n.w.reduce((acc, w, i) => acc + w.data * h[i], n.b.data);
        return li < 2 ? relu(s) : s;
      });
    });
    expect(model.forward(x)[0].data).toBeCloseTo(h[0], 12);
  });

  it("repeats with the same seed and differs with another", () => {
    const data = (m: MLP) => m.parameters().map((p) => p.data);
    expect(data(new MLP(2, [4, 1], { seed: 5 }))).toEqual(data(new MLP(2, [4, 1], { seed: 5 })));
    expect(data(new MLP(2, [4, 1], { seed: 5 }))).not.toEqual(data(new MLP(2, [4, 1], { seed: 6 })));
  });

  it("takes one activation per layer", () => {
    const m = new MLP(3, [4, 1], { activations: ["tanh", "sigmoid"] });
    const y = m.forward([1, 2, 3])[0].data;
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(1);
    expect(() => new MLP(3, [4, 1], { activations: ["tanh"] })).toThrow(/one per layer/);
    expect(() => new MLP(3, [])).toThrow(/at least one layer/);
  });

  it("zeroGrad clears every parameter's grad", () => {
    const m = new MLP(2, [3, 1]);
    m.forward([1, 1])[0].backward();
    expect(m.parameters().some((p) => p.grad !== 0)).toBe(true);
    m.zeroGrad();
    expect(m.parameters().every((p) => p.grad === 0)).toBe(true);
  });
});

describe("initialisers", () => {
  const stats = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { mean, std: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
  };
  const weights = (l: Layer) => l.neurons.flatMap((n) => n.w.map((w) => w.data));

  it("Xavier: uniform within ±sqrt(6 / (nin + nout)), std limit/√3", () => {
    const ws = weights(new Layer(200, 100, { init: "xavier", seed: 1 }));
    const limit = Math.sqrt(6 / 300);
    expect(ws.every((w) => Math.abs(w) <= limit)).toBe(true);
    expect(stats(ws).std).toBeCloseTo(limit / Math.sqrt(3), 2);
  });

  it("Kaiming: normal with std gain/√nin (gain √2 for ReLU, 5/3 for tanh)", () => {
    expect(stats(weights(new Layer(200, 100, { init: "kaiming", seed: 2 }))).std).toBeCloseTo(
      Math.SQRT2 / Math.sqrt(200),
      2,
    );
    const tanh = stats(weights(new Layer(200, 100, { init: "kaiming", activation: "tanh", seed: 3 })));
    expect(tanh.std).toBeCloseTo(5 / 3 / Math.sqrt(200), 2);
    expect(Math.abs(tanh.mean)).toBeLessThan(0.01);
  });

  it("refuses inputs of the wrong length", () => {
    expect(() => new Neuron(3).forward([1, 2])).toThrow(/expected 3 inputs, got 2/);
  });
});
