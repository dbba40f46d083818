import { formatSigned } from "./format.js";

/** Coefficients of one side: intercept (the neuron's bias) and one slope per feature (its weights). */
export interface GlmSideView {
  intercept: number;
  weights: number[];
  deviance: number;
  logLikelihood: number;
}

export interface GlmComparisonTableProps {
  /** E.g. `"Poisson regression"`. */
  regression: string;
  /** The GLM's link, e.g. `"log"` (the neuron's activation is its inverse). */
  link: string;
  /** Feature names in coefficient order. */
  features: string[];
  rows: number;
  step: number;
  neuron: GlmSideView;
  glm: GlmSideView & { standardErrors: { intercept: number; weights: number[] } };
  maxDifference: number;
  tolerance: number;
  agrees: boolean;
}

const f = (x: number) => formatSigned(x, 4);

/**
 * The trained neuron beside the statistical fit of the same GLM: intercept = bias, slopes = weights,
 * standard errors, deviance of each, and a line saying whether they agree.
 * @example <GlmComparisonTable regression="linear regression" link="identity" features={["x"]} rows={100} step={300} neuron={n} glm={g} maxDifference={2e-6} tolerance={1e-3} agrees />
 */
export function GlmComparisonTable(props: GlmComparisonTableProps) {
  const { neuron, glm } = props;
  const lines = [
    { name: "intercept = bias b", n: neuron.intercept, g: glm.intercept, se: glm.standardErrors.intercept },
    ...props.features.map((name, k) => ({
      name: `slope of ${name} = weight w${k + 1}`,
      n: neuron.weights[k]!,
      g: glm.weights[k]!,
      se: glm.standardErrors.weights[k]!,
    })),
  ];
  return (
    <section className="nudge-panel nudge-glm" aria-label="Compare with the statistical fit">
      <h2 className="nudge-panel__title">
        Neuron vs {props.regression} ({props.link} link)
      </h2>
      <table className="nudge-table nudge-glm__table">
        <thead>
          <tr>
            <th scope="col">coefficient</th>
            <th scope="col">neuron</th>
            <th scope="col">GLM (IRLS)</th>
            <th scope="col">std. error</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.name}>
              <th scope="row">{l.name}</th>
              <td>{f(l.n)}</td>
              <td>{f(l.g)}</td>
              <td>{l.se.toFixed(4)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">deviance</th>
            <td>{f(neuron.deviance)}</td>
            <td>{f(glm.deviance)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">log-likelihood</th>
            <td>{f(neuron.logLikelihood)}</td>
            <td>{f(glm.logLikelihood)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <p className={props.agrees ? "nudge-ok" : "nudge-bad"} role="status">
        {props.agrees
          ? `The neuron agrees with the GLM within ${props.tolerance} (largest difference ${props.maxDifference.toExponential(1)}).`
          : `Not yet: the largest difference is ${props.maxDifference.toPrecision(3)} (agreement means within ${props.tolerance}); train longer.`}
      </p>
      <p className="nudge-glm__note">
        Fitted on the same {props.rows} training rows; the neuron after {props.step} steps.
      </p>
    </section>
  );
}
