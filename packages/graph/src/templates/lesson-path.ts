import type { TemplateId } from "./index.js";

/** One lesson of the course (shared/COURSE.md) and the template that starts it, when one exists. */
export interface Lesson {
  /** 1–7, the course's order. */
  number: number;
  title: string;
  /** The template the lesson opens on; none yet means the lesson is still coming. */
  template?: TemplateId;
}

/** The seven lessons in the course's order, each with the template it opens on (if there is one yet). */
export const lessonPath: readonly Lesson[] = [
  { number: 1, title: "Functions from non-linear pieces", template: "curve-fit" },
  { number: 2, title: "Computational graph & backprop", template: "abc" },
  { number: 3, title: "Training a tiny MLP", template: "moons-mlp" },
  { number: 4, title: "Text encoding & generation", template: "bigram-counting" },
  { number: 5, title: "MLP language model", template: "mlp-lm" },
  { number: 6, title: "Advanced MLPs", template: "deep-mlp-lm-batchnorm" },
  { number: 7, title: "Your own data" },
];
