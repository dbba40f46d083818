export {
  bigramTable,
  countBigrams,
  rowNormalise,
  rowSoftmax,
  tableNll,
  wordLikelihood,
} from "./language/bigram-table.js";
export type { BigramTable, CountBigramsOptions, PairLikelihood, WordLikelihood } from "./language/bigram-table.js";
export type { NllReport, SampleOptions } from "./language/text.js";
