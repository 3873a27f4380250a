/**
 * CSV for downloads that open cleanly in Excel (UTF-8 with BOM, CRLF) and cannot smuggle a
 * formula in: a cell starting with =, +, -, @, tab or carriage return is prefixed with ',
 * as OWASP advises against CSV injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null): string => {
    const s = v === null ? '' : String(v);
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
