/**
 * Text that Excel, LibreOffice or Google Sheets would read as a formula: a leading `=`, `+`,
 * `-` or `@`, or a tab or carriage return before one (OWASP "CSV injection"). Names of people
 * and places come from the field; a cell like `=HYPERLINK(…)` must show as text, not run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell of every export (CSV and XLSX): formula-like text gets a leading apostrophe. */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
