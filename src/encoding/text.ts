/**
 * Text from outside (a title typed in the export dialog, an imported file's names) as files may
 * carry it: C0 and C1 control characters other than tab and line breaks, lone surrogates and
 * U+FFFE/FFFF dropped. A raw ESC or CSI in a PDF's or PNG's title is a live terminal escape in
 * any tool that prints it (`pdfinfo`), and XML 1.0 forbids most of them outright.
 */
export function withoutControlChars(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
