/** One benchmark figure beside its target. */
export interface BenchFigure {
  bench: string;
  figure: string;
  value: number;
  unit: string;
  target?: number;
  better?: "lower" | "higher";
  conditions?: string;
}
export declare function figuresFile(): string;
export declare function recordBenchFigure(figure: BenchFigure): void;
export declare function readBenchFigures(): (BenchFigure & { at: string })[];
export declare function clearBenchFigures(): void;
