/** What every chart function takes: table rows plus the figure's choice of columns. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface ChartOptions {
  /** The figure id; every id inside the SVG derives from it so two charts on a page never clash. */
  id: string;
  /** Column keys of the rows. */
  x: string;
  y: string;
  /** Unit of y as written (万人, 亿人, %); appended to every value label. */
  unit: string | null;
  title: string;
  /** A Chinese summary for screen readers; generated from the data when absent. */
  desc?: string;
  width?: number;
  height?: number;
  /** The source's data are illustrative: hatched marks and a visible 示意 label. */
  illustrative?: boolean;
  /** Type of the x column: ISO dates (2024-12) read as 2024年12月. */
  xType?: 'string' | 'number' | 'date';
}

/** One row as a chart sees it: a display label, its value (null when the source gives none). */
export interface Datum {
  key: string;
  label: string;
  value: number | null;
}

/** Events of a timeline: text instead of a number. */
export interface Event {
  key: string;
  label: string;
  text: string | null;
}
