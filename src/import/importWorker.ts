/**
 * The import worker: a zipped Shapefile or a CSV read, reprojected and checked off the main thread, so a
 * 20 MB file never holds up the map. One message in (the file's bytes, the system the planner
 * chose if any), one message out; progress messages between. Cancelling terminates the worker.
 */
import { readCsv } from './csv';
import { readShapefileZip } from './shapefile';
import { MAX_SHAPEFILE_FEATURES, validateGeoJsonValue } from './validateImport';
import type { WorkerReply, WorkerRequest } from './workerMessages';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { bytes, crs, format, name, columns } = event.data;
  post({ kind: 'progress', phase: 'reading' });
  const result = format === 'csv' ? readCsv(new Uint8Array(bytes), name, crs, columns) : readShapefileZip(new Uint8Array(bytes), crs);
  if (result.kind !== 'layers') return post(result);
  post({ kind: 'progress', phase: 'checking' });
  post({
    kind: 'layers',
    layers: result.layers.map((layer) => {
      const checked = validateGeoJsonValue(layer.collection, MAX_SHAPEFILE_FEATURES);
      return { name: layer.name, crs: layer.crs, encoding: layer.encoding, collection: checked.collection, problems: checked.problems.slice(0, 20), problemCount: checked.problems.length, warnings: checked.warnings };
    }),
  });
};
