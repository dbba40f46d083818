import { fail } from "../errors.js";

/** A named alphabet for one-hot and k-mer encoding. */
export type AlphabetName = "dna" | "rna" | "protein";

/** The symbols of each alphabet, in one-hot order. */
export const alphabets: Readonly<Record<AlphabetName, string>> = {
  dna: "ACGT",
  rna: "ACGU",
  protein: "ACDEFGHIKLMNPQRSTVWY",
};

/** IUPAC nucleotide ambiguity codes (DNA letters; U stands for T in RNA). */
export const iupacNucleotides: Readonly<Record<string, string>> = {
  R: "AG",
  Y: "CT",
  S: "CG",
  W: "AT",
  K: "GT",
  M: "AC",
  B: "CGT",
  D: "AGT",
  H: "ACT",
  V: "ACG",
  N: "ACGT",
};

/** IUPAC amino-acid ambiguity codes. */
export const iupacAminoAcids: Readonly<Record<string, string>> = {
  B: "DN",
  Z: "EQ",
  J: "IL",
  X: "ACDEFGHIKLMNPQRSTVWY",
};

/** Resolves an alphabet name or a custom symbol string to its symbols. */
export function symbolsOf(alphabet: AlphabetName | string): string {
  const named = (alphabets as Record<string, string | undefined>)[alphabet];
  const symbols = Object.hasOwn(alphabets, alphabet) && named ? named : alphabet;
  if (symbols.length === 0 || new Set(symbols).size !== symbols.length) {
    fail("BAD_OPTION", "alphabet", alphabet, `"dna", "rna", "protein" or a string of distinct symbols`);
  }
  return symbols;
}

/** The ambiguity table for an alphabet, mapped onto its own symbols (RNA: T → U). */
export function ambiguityCodes(alphabet: AlphabetName | string): Readonly<Record<string, string>> {
  if (alphabet === "protein") return iupacAminoAcids;
  if (alphabet === "dna") return iupacNucleotides;
  if (alphabet === "rna") {
    return Object.fromEntries(Object.entries(iupacNucleotides).map(([k, v]) => [k, v.replace("T", "U")]));
  }
  return {};
}
