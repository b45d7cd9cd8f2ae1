/**
 * GBK two-byte codes, both ways, for re-decoding garbled spans (see garble.ts and
 * docs/formats/pinyin-annotated.md). Built once from the platform's TextDecoder('gbk'): one decode
 * of all 23,940 lead/trail pairs, kept as a table.
 */
const LEAD_MIN = 0x81;
const TRAIL_MIN = 0x40;
const TRAILS = 0xff - TRAIL_MIN;

let decoded: (string | null)[] | undefined;
let encoded: Map<string, [number, number]> | undefined;

function usable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return ch.length === 1 && c > 0x7f && ch !== '\uFFFD' && !(c >= 0xe000 && c <= 0xf8ff);
}

function build(): void {
  const decoder = new TextDecoder('gbk');
  decoded = [];
  encoded = new Map();
  for (let lead = LEAD_MIN; lead <= 0xfe; lead++)
    for (let trail = TRAIL_MIN; trail <= 0xfe; trail++) {
      const ch = trail === 0x7f ? '' : decoder.decode(new Uint8Array([lead, trail]));
      const ok = usable(ch) ? ch : null;
      decoded[(lead - LEAD_MIN) * TRAILS + (trail - TRAIL_MIN)] = ok;
      if (ok && !encoded.has(ok)) encoded.set(ok, [lead, trail]);
    }
}

/** The character a lead and trail byte decode to, or null (invalid, unassigned, private use). */
export function decodePair(lead: number, trail: number): string | null {
  if (lead < LEAD_MIN || lead > 0xfe || trail < TRAIL_MIN || trail > 0xfe) return null;
  if (!decoded) build();
  return decoded?.[(lead - LEAD_MIN) * TRAILS + (trail - TRAIL_MIN)] ?? null;
}

/** The two GBK bytes of a character, or null (ASCII, or not in GBK). */
export function encodeChar(ch: string): [number, number] | null {
  if (!encoded) build();
  return encoded?.get(ch) ?? null;
}
