/**
 * The subset of pdfmake's document definition the templates use. pdfmake 0.3 ships no types and
 * @types/pdfmake describes 0.2, so the shape is written here; render/pdf.ts is its only consumer.
 */
export type Margins = number | readonly [number, number] | readonly [number, number, number, number];

export type TextStyle = {
  bold?: boolean;
  italics?: boolean;
  fontSize?: number;
  color?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  lineHeight?: number;
  noWrap?: boolean;
  characterSpacing?: number;
};

export type TableCell = Content & {
  colSpan?: number;
  fillColor?: string;
  border?: readonly [boolean, boolean, boolean, boolean];
};

export type TableLayout = 'noBorders' | 'headerLineOnly' | 'lightHorizontalLines';

export type ContentNode = TextStyle & {
  id?: string;
  text?: string | readonly (string | ContentNode)[];
  stack?: readonly Content[];
  columns?: readonly (ContentNode & { width?: number | string })[];
  columnGap?: number;
  table?: {
    widths: readonly (number | string)[];
    headerRows?: number;
    body: readonly (readonly TableCell[])[];
    dontBreakRows?: boolean;
  };
  layout?: TableLayout;
  qr?: string;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
  fit?: number;
  svg?: string;
  image?: string;
  width?: number | string;
  height?: number;
  canvas?: readonly CanvasItem[];
  margin?: Margins;
  absolutePosition?: { x: number; y: number };
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  ul?: readonly Content[];
  style?: string;
};

export type Content = string | ContentNode;

export type CanvasItem =
  | { type: 'rect'; x: number; y: number; w: number; h: number; color?: string; lineWidth?: number; lineColor?: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string };

export type DynamicContent = (currentPage: number, pageCount: number) => Content | undefined;

export type DocumentDefinition = {
  pageSize: 'A4';
  pageMargins: readonly [number, number, number, number];
  info: {
    title: string;
    author: string;
    subject?: string;
    creator: string;
    producer: string;
    creationDate: Date;
    modDate: Date;
  };
  defaultStyle: TextStyle & { font: string };
  content: readonly Content[];
  header?: DynamicContent;
  footer?: DynamicContent;
  background?: DynamicContent;
  compress?: boolean;
  /** Named images (data URLs), embedded once and referenced by name from `image` nodes. */
  images?: Record<string, string>;
};
