/** The components generated MDX may use (the allow-list lives in scripts/lib/components.ts). */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import DataTable from './DataTable.astro';
import Figure from './Figure.astro';
import FnRef from './FnRef.astro';
import Footnote from './Footnote.astro';
import Footnotes from './Footnotes.astro';
import Missing from './Missing.astro';
import Num from './Num.astro';
import Sentence from './Sentence.astro';

export const mdxComponents = { Callout, Cite, DataTable, Figure, FnRef, Footnote, Footnotes, Missing, Num, Sentence };
