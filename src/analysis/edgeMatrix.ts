/**
 * The edge-to-edge matrix, computed in a worker (src/analysis/edgeWorker.ts) and kept per set of
 * zones: the distance table asks once per set, and a click meanwhile is answered at once. Where a
 * worker cannot start (a page whose CSP forbids it), the main thread computes it, after a frame.
 */
import { distanceMatrix, type Located } from '../geo/measure';

const computed = new Map<string, Promise<number[][]>>();
let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (matrix: number[][]) => void>();

function startWorker(): Worker | null {
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./edgeWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; matrix: number[][] }>) => {
      waiting.get(event.data.id)?.(event.data.matrix);
      waiting.delete(event.data.id);
    };
    return worker;
  } catch {
    return null;
  }
}

export function edgeMatrix(items: readonly Located[]): Promise<number[][]> {
  const key = items.map((i) => i.id).join(',');
  let matrix = computed.get(key);
  if (!matrix) {
    const running = startWorker();
    matrix = running
      ? new Promise((resolve) => {
          const id = nextId++;
          waiting.set(id, resolve);
          running.postMessage({ id, items: items.map(({ id, geometry }) => ({ id, geometry })) });
        })
      : new Promise((resolve) => setTimeout(() => resolve(distanceMatrix(items, 'edge')), 0));
    computed.set(key, matrix);
  }
  return matrix;
}
