/** Whether this browser can create a WebGL context at all (maplibre 6 needs WebGL 1 or 2). */
export function webglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
