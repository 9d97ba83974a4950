/**
 * The edge-to-edge distance matrix, off the main thread: 24 zones with county outlines of hundreds
 * of vertices take ~0.2 s on a desktop, several times that on a phone, and a click must never wait
 * behind it. Receives the zones' geometries, answers with the matrix (km).
 */
import { distanceMatrix, type Located } from '../geo/measure';

self.onmessage = (event: MessageEvent<{ id: number; items: Located[] }>) => {
  const { id, items } = event.data;
  self.postMessage({ id, matrix: distanceMatrix(items, 'edge') });
};
