import { buildDataset, type Dataset } from "../dataset.js";
import { irisMeasurements } from "./iris-data.js";

const featureNames = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];
const classNames = ["setosa", "versicolor", "virginica"];

/** One flower of the iris table. */
export interface IrisRecord {
  sepalLength: number;
  sepalWidth: number;
  petalLength: number;
  petalWidth: number;
  species: "setosa" | "versicolor" | "virginica";
}

/**
 * Fisher's iris flowers as records (150 rows, 50 per species), for table lessons.
 *
 * @example
 * irisRecords()[0]; // { sepalLength: 5.1, sepalWidth: 3.5, petalLength: 1.4, petalWidth: 0.2, species: "setosa" }
 */
export function irisRecords(): IrisRecord[] {
  return irisMeasurements.flatMap((block, k) =>
    block.split(" ").map((row) => {
      const [sepalLength, sepalWidth, petalLength, petalWidth] = row.split(",").map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return { sepalLength, sepalWidth, petalLength, petalWidth, species: classNames[k] as IrisRecord["species"] };
    }),
  );
}

/**
 * Fisher's iris as a classification {@link Dataset}: 4 measurements in cm, 3 species, in the
 * table's order (setosa, versicolor, virginica; shuffle with a split).
 *
 * @example
 * const data = iris(); // data.shape = [150, 4], data.classNames = ["setosa", "versicolor", "virginica"]
 */
export function iris(): Dataset {
  const records = irisRecords();
  return buildDataset({
    name: "iris",
    task: "classification",
    features: Float32Array.from(records.flatMap((r) => [r.sepalLength, r.sepalWidth, r.petalLength, r.petalWidth])),
    targets: Float32Array.from(records, (r) => classNames.indexOf(r.species)),
    featureNames: featureNames.slice(),
    classNames: classNames.slice(),
  });
}
