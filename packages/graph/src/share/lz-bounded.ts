const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const valueOf = new Map([...alphabet].map((c, i) => [c, i]));

/**
 * lz-string's `decompressFromEncodedURIComponent`, ported with an output budget: returns null for
 * malformed input or when the text would exceed `maxChars` (a small link cannot expand into gigabytes).
 */
export function decompressBounded(input: string, maxChars: number): string | null {
  const text = input.replace(/ /g, "+");
  if (text === "" || !/^[A-Za-z0-9+\-$]*$/.test(text)) return null;
  let index = 0;
  let bad = false;
  const nextValue = () => {
    if (index >= text.length) {
      index += 1;
      return 0;
    }
    const v = valueOf.get(text[index++]!);
    if (v === undefined) bad = true;
    return v ?? 0;
  };
  let val = nextValue();
  let position = 32;
  const read = (n: number): number => {
    let bits = 0;
    for (let power = 1, k = 0; k < n; k += 1, power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = nextValue();
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };
  const dictionary: string[] = ["", "", ""];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return "";
  if (first !== 0 && first !== 1) return null;
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  let dictSize = 4;
  const result = [w];
  let size = w.length;
  for (;;) {
    if (bad || index > text.length) return null;
    let c = read(numBits);
    if (c === 2) return result.join("");
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn -= 1;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    let entry: string;
    if (c < dictSize && c >= 3) entry = dictionary[c]!;
    else if (c === dictSize) entry = w + w.charAt(0);
    else return null;
    size += entry.length;
    if (size > maxChars) return null;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
