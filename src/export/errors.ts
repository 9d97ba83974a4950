/** Why an export failed, in kinds the dialog words for the reader. */
export class ExportError extends Error {
  constructor(
    readonly kind: 'too-large' | 'timeout' | 'render' | 'basemap' | 'wasm',
    message: string,
  ) {
    super(message);
  }
}
