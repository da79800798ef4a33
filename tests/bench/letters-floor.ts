/**
 * The benchmark's floor: the same reminder — letterhead, address, references, subject, the same
 * paragraphs from the texts module, the amounts table, the payment block and the same EPC QR code —
 * drawn directly with pdfkit (the engine under pdfmake) in one process, into one document, with the
 * same embedded Roboto. The QR is one path of module runs filled once, as pdfkit would draw it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { formatIban } from '../../shared/domain/identifiers/iban';
import { makeStructuredCommunication } from '../../shared/domain/identifiers/structured-communication';
import { addCents } from '../../shared/domain/money';
import { formatAmount, formatLongDate, formatQuarter } from '../../electron/letters/print-format';
import type { FundIdentity } from '../../electron/letters/fund-identity';
import type { LetterInput } from '../../electron/letters/letter-data';
import { epcPayload } from '../../electron/letters/templates/blocks';
import { qrModules } from '../../electron/letters/templates/qr';
import { textsFor } from '../../electron/letters/texts';

type TextOptions = { width?: number; align?: 'left' | 'right' | 'justify'; lineGap?: number };
type PdfKitDocument = {
  registerFont(name: string, file: string): PdfKitDocument;
  font(name: string): PdfKitDocument;
  fontSize(size: number): PdfKitDocument;
  fillColor(color: string): PdfKitDocument;
  text(text: string, x?: number, y?: number, options?: TextOptions): PdfKitDocument;
  moveTo(x: number, y: number): PdfKitDocument;
  lineTo(x: number, y: number): PdfKitDocument;
  rect(x: number, y: number, w: number, h: number): PdfKitDocument;
  roundedRect(x: number, y: number, w: number, h: number, r: number): PdfKitDocument;
  circle(x: number, y: number, r: number): PdfKitDocument;
  lineWidth(width: number): PdfKitDocument;
  stroke(color?: string): PdfKitDocument;
  fill(color?: string): PdfKitDocument;
  addPage(): PdfKitDocument;
  on(event: 'data', listener: (chunk: Buffer) => void): PdfKitDocument;
  on(event: 'end', listener: () => void): PdfKitDocument;
  end(): void;
  y: number;
};
type PdfKitConstructor = new (options: {
  size: 'A4';
  margin: number;
  autoFirstPage: boolean;
  info: Record<string, unknown>;
}) => PdfKitDocument;

export async function renderFloor(
  letters: readonly LetterInput[],
  fund: FundIdentity,
  assetsDir: string,
): Promise<Buffer> {
  // pdfkit 0.19.1 is installed as pdfmake's own dependency.
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as PdfKitConstructor;
  const date = new Date('2000-01-01T00:00:00.000Z');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    autoFirstPage: false,
    info: { CreationDate: date, ModDate: date },
  });
  doc
    .registerFont('R', join(assetsDir, 'fonts', 'Roboto-Regular.ttf'))
    .registerFont('M', join(assetsDir, 'fonts', 'Roboto-Medium.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  for (const letter of letters) if (letter.kind === 'reminder') drawReminder(doc, letter, fund);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function drawReminder(
  doc: PdfKitDocument,
  letter: Extract<LetterInput, { kind: 'reminder' }>,
  fund: FundIdentity,
): void {
  const { data, language } = letter;
  const texts = textsFor(language);
  const body = texts.kinds.reminder.body(data);
  doc.addPage();
  doc
    .roundedRect(57, 34, 34, 34, 6)
    .fill('#0f5c63')
    .lineWidth(2.2)
    .circle(70, 51, 7.5)
    .stroke('#ffffff')
    .circle(77, 51, 7.5)
    .stroke('#f2b134');
  doc.font('M').fontSize(14).fillColor('#0f5c63').text(fund.name, 101, 34);
  doc.font('R').fontSize(7.5).fillColor('#5b6770').text(fund.legalName[language], 101, 52);
  doc.text([...fund.address[language], fund.phone, fund.email, fund.website].join('\n'), 400, 34, {
    width: 139,
    align: 'right',
  });
  doc
    .fontSize(8)
    .text(
      `${texts.labels.caseReference}: ${data.caseReference}\n${texts.labels.identifier}: ${data.identifier ?? ''}\n${texts.labels.contact}: ${data.advisorName}\n${texts.labels.date}: ${formatLongDate(data.issueDate, language)}`,
      57,
      150,
      { width: 250 },
    );
  doc.fontSize(6.5).text(`${fund.name} · ${fund.address[language].join(' · ')}`, 334, 150);
  doc.font('M').fontSize(10).fillColor('#1d1d1b').text(data.recipient.name, 334, 162);
  doc
    .font('R')
    .text(
      `${data.recipient.address.street}\n${data.recipient.address.postalCode} ${data.recipient.address.city}`,
      334,
      174,
    );
  doc
    .font('M')
    .fontSize(10.5)
    .text(`${texts.labels.subject}: ${texts.kinds.reminder.subject(data)}`, 57, 270);
  doc.font('R').fontSize(9.5).text(texts.salutation, 57, 292);
  doc.text(body[0] ?? '', 57, 308, { width: 482, align: 'justify' });
  let y = doc.y + 8;
  const rows: [string, string][] = [
    ...data.unpaid.map((line): [string, string] => [
      formatQuarter(line.year, line.quarter, language),
      formatAmount(line.amount, language),
    ]),
    [texts.labels.surcharges, formatAmount(data.surcharges, language)],
    [texts.labels.total, formatAmount(addCents(...data.unpaid.map((line) => line.amount), data.surcharges), language)],
  ];
  for (const [label, amount] of rows) {
    doc.text(label, 57, y).text(amount, 400, y, { width: 139, align: 'right' });
    y += 15;
    doc
      .lineWidth(0.5)
      .moveTo(57, y - 2)
      .lineTo(539, y - 2)
      .stroke('#cccccc');
  }
  doc.text(`${body[1] ?? ''}\n${body[2] ?? ''}`, 57, y + 6, { width: 482, align: 'justify' });
  y = doc.y + 10;
  doc
    .font('M')
    .fillColor('#0f5c63')
    .text(texts.labels.toPay, 57, y)
    .font('R')
    .fillColor('#1d1d1b')
    .text(texts.paymentIntro, 57, y + 14, { width: 482 });
  y = doc.y + 6;
  const payment: [string, string][] = [
    [texts.labels.amount, formatAmount(data.payment.amount, language)],
    [texts.labels.dueDate, formatLongDate(data.payment.dueDate, language)],
    [texts.labels.beneficiary, fund.name],
    [texts.labels.iban, formatIban(fund.iban)],
    [texts.labels.bic, fund.bic],
    [texts.labels.communication, makeStructuredCommunication(data.payment.paymentReference)],
  ];
  payment.forEach(([label, value], index) => doc.text(label, 57, y + index * 13).text(value, 180, y + index * 13));
  drawQr(doc, epcPayload(data.payment, fund), 439, y, 100);
  doc.text(texts.explanations(fund.phone, data.advisorName), 57, y + 110, { width: 482 });
  doc.text(texts.closing, 57, doc.y + 6).text(fund.signatory.name, 370, doc.y + 12);
  doc
    .fontSize(7.5)
    .fillColor('#5b6770')
    .text(`${texts.labels.caseReference} ${data.caseReference} · ${formatLongDate(data.issueDate, language)}`, 57, 800)
    .text(texts.page(1, 1), 480, 800, { width: 59, align: 'right' });
}

function drawQr(doc: PdfKitDocument, payload: string, x: number, y: number, size: number): void {
  // The same symbol as the letters' (byte mode, error correction M), drawn as one path of module runs.
  const modules = qrModules(payload);
  const unit = size / (modules.size + 8);
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.isDark(row, column)) column += 1;
      doc.rect(x + (start + 4) * unit, y + (row + 4) * unit, (column - start) * unit, unit);
    }
  }
  doc.fill('#000000');
}
