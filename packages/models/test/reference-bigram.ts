/** Independent reference: count pairs of ".word." with a Map (no vocabulary code), then the average NLL. */
export function referenceNll(words: readonly string[], smoothing: number, alphabetSize = 27): number {
  const counts = new Map<string, number>();
  const rows = new Map<string, number>();
  for (const w of words) {
    const s = `.${w}.`;
    for (let i = 0; i + 1 < s.length; i++) {
      counts.set(s.slice(i, i + 2), (counts.get(s.slice(i, i + 2)) ?? 0) + 1);
      rows.set(s[i]!, (rows.get(s[i]!) ?? 0) + 1);
    }
  }
  let total = 0;
  let n = 0;
  for (const w of words) {
    const s = `.${w}.`;
    for (let i = 0; i + 1 < s.length; i++) {
      const p =
        ((counts.get(s.slice(i, i + 2)) ?? 0) + smoothing) / ((rows.get(s[i]!) ?? 0) + smoothing * alphabetSize);
      total -= Math.log(p);
      n++;
    }
  }
  return total / n;
}
