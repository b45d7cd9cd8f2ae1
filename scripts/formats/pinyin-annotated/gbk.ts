/** GBK two-byte codes: decode a byte pair, encode a character. Built once from TextDecoder('gbk'). */
const decoder = new TextDecoder('gbk', { fatal: false });
let table: Map<string, [number, number]> | undefined;

function isUsable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return ch !== '\uFFFD' && !(c >= 0xe000 && c <= 0xf8ff);
}

export function decodePair(lead: number, trail: number): string | null {
  const s = decoder.decode(new Uint8Array([lead, trail]));
  return [...s].length === 1 && isUsable(s) && s.charCodeAt(0) > 0x7f ? s : null;
}

function build(): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decodePair(lead, trail);
      if (ch && !m.has(ch)) m.set(ch, [lead, trail]);
    }
  return m;
}

/** The two GBK bytes of a character, or null (ASCII, or not in GBK). */
export function encodeChar(ch: string): [number, number] | null {
  table ??= build();
  return table.get(ch) ?? null;
}
