/** Poppler's command-line readers (Debian poppler-utils), as independent judges of the PDFs the Atlas writes. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

/** pdffonts' rows as [name, embedded]. */
export function pdfFonts(file: string): Array<[string, boolean]> {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => {
      const m = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(row);
      return [row.split(/\s+/)[0] ?? '', m?.[1] === 'yes'];
    });
}

/** pdfimages -list: one row per image after the two header lines. */
export function pdfImages(file: string): string[] {
  return run('pdfimages', ['-list', file]).split('\n').slice(2).filter(Boolean);
}

/** Runs `read` on the bytes written to a temporary file (the readers take files), then removes it. */
export function withPdfFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    fs.writeFileSync(file, bytes);
    return read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
