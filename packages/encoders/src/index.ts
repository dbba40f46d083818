export { EncoderError, encoderErrors, formatPlace } from "./errors.js";
export type { EncoderErrorCode, Place } from "./errors.js";
export { isMissing, missingMarkers, parseNumber } from "./levels/cells.js";
export type { Cell, ColumnContext } from "./levels/cells.js";
export type {
  ColumnEncoder,
  EncoderState,
  Level,
  MissingPolicy,
  NominalState,
  NumericState,
  OrdinalState,
} from "./levels/types.js";
export { NominalEncoder } from "./levels/nominal.js";
export type { NominalOptions } from "./levels/nominal.js";
export { OrdinalEncoder } from "./levels/ordinal.js";
export type { OrdinalOptions } from "./levels/ordinal.js";
export { NumericEncoder } from "./levels/numeric.js";
export type { NumericOptions } from "./levels/numeric.js";
export { knownScales } from "./levels/scales.js";
export { createEncoder, encoderFromJSON } from "./levels/create.js";
export type { EncoderSpec } from "./levels/create.js";
export { toTable } from "./table/table.js";
export type { Table, TableInput } from "./table/table.js";
export { inferSchema } from "./table/infer-schema.js";
export type { ColumnSchema, ColumnSuggestion } from "./table/infer-schema.js";
export { encodeTable, fitTable, tableEncoderFromJSON } from "./table/encode-table.js";
export type { EncodedTable, TableEncoder } from "./table/encode-table.js";
export { alphabets, iupacAminoAcids, iupacNucleotides } from "./sequence/alphabets.js";
export type { AlphabetName } from "./sequence/alphabets.js";
export { decodeOneHot, oneHotSequences } from "./sequence/one-hot.js";
export type { EncodedSequences, SequenceInput, SequenceOptions } from "./sequence/one-hot.js";
export { kmerCounts } from "./sequence/kmers.js";
export type { KmerCounts, KmerOptions } from "./sequence/kmers.js";
export { charVocab, charVocabFromJSON } from "./text/char-vocab.js";
export type { CharVocab } from "./text/char-vocab.js";
export { bigramCounts, bigramPairs, contextWindows } from "./text/ngrams.js";
export { checkWordList, parseWordList, wordListLimits } from "./text/word-list.js";
export type { ContextWindows, Pairs } from "./text/ngrams.js";
export { decodeImage, encodeImages } from "./image/encode-images.js";
export type { EncodedImages, ImageOptions } from "./image/encode-images.js";
export { luma, resizeImage } from "./image/pixels.js";
export type { RgbaImage } from "./image/pixels.js";
export { defaultLayouts, describeShape } from "./shape.js";
export type { DimInfo, ShapeDescription } from "./shape.js";
export { parseCsv, parseTsv } from "./parse/csv.js";
export type { CsvOptions, ParsedTable } from "./parse/csv.js";
export { parseFasta } from "./parse/fasta.js";
export type { FastaOptions, FastaRecord } from "./parse/fasta.js";
