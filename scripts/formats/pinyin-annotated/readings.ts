/**
 * The characters these sites annotate, with the reading they print: the vocabulary of the kind
 * (76 characters, gathered from the annotations of a whole page; see docs/formats/pinyin-annotated.md).
 * A page's own annotations are added to it at run time. The garble repair uses it to tell which
 * character a broken annotation (`?shù)`) was inserted after, and so which byte was lost.
 */
const VOCABULARY = `
側cè 優yōu 內nèi 創chuàng 務wù 區qū 協xié 嚴yán 團tuán 學xué 導dǎo
強qiáng 復fù 態tài 應yīng 戰zhàn 擔dān 據jù 擴kuò 數shù 業yè 構gòu
標biāo 機jī 權quán 準zhǔn 濟jì 災zāi 獨dú 獻xiàn 現xiàn 環huán 產chǎn
當dāng 發fā 監jiān 礎chǔ 穩wěn 節jié 細xì 結jié 絡luò 統tǒng 經jīng
網wǎng 續xù 習xí 聯lián 術shù 補bǔ 規guī 訓xùn 設shè 認rèn 調diào 護hù
負fù 責zé 費fèi 貿mào 質zhì 轉zhuǎn 農nóng 進jìn 運yùn 達dá 遠yuǎn
鄉xiāng 醫yī 鎮zhèn 關guān 預yù 領lǐng 風fēng 養yǎng 驅qū
`;

export interface Readings {
  /** syllable → characters annotated with it */
  bySyllable: Map<string, Set<string>>;
  /** character → its syllables */
  byChar: Map<string, Set<string>>;
}

function add(r: Readings, ch: string, syllable: string): void {
  let s = r.bySyllable.get(syllable);
  if (!s) r.bySyllable.set(syllable, (s = new Set()));
  s.add(ch);
  let c = r.byChar.get(ch);
  if (!c) r.byChar.set(ch, (c = new Set()));
  c.add(syllable);
}

/** The kind's vocabulary plus `pairs` (character, syllable) seen in one page. */
export function readings(pairs: Iterable<readonly [string, string]> = []): Readings {
  const r: Readings = { bySyllable: new Map(), byChar: new Map() };
  for (const w of VOCABULARY.split(/\s+/)) {
    if (!w) continue;
    const ch = String.fromCodePoint(w.codePointAt(0) ?? 0);
    for (const s of w.slice(ch.length).split('/')) add(r, ch, s);
  }
  for (const [ch, s] of pairs) add(r, ch, s);
  return r;
}
