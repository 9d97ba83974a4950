/**
 * A zipped Shapefile or a CSV point list from the planner: its size told before reading, then read, reprojected and
 * checked in the import worker (src/import/importWorker.ts) while the map stays free; progress
 * and cancel in the layer panel; a file without .prj waits for the planner to pick its system.
 */
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { addCheckedLayer, problemWords } from './layerNotices';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** A zip may be at most this large (told before a byte is read). */
export const MAX_SHAPEFILE_BYTES = 50 * 1024 * 1024;

/** `picked`: the planner's choices so far (a system for a file without .prj, a CSV's coordinate columns). */
export async function importShapefile(file: File, picked: { crs?: string; columns?: { x: string; y: string } } = {}): Promise<void> {
  const { crs, columns } = picked;
  const format = /\.csv$/i.test(file.name) ? 'csv' : 'shapefile';
  const store = useAtlasStore.getState();
  const m = messagesFor(store.lang);
  if (/\.shp$/i.test(file.name)) {
    store.addNotice('importFailed', `${file.name}: ${m.importProblemText.loneShp('')}`);
    return;
  }
  if (file.size > MAX_SHAPEFILE_BYTES) {
    store.addNotice('importFailed', `${file.name}: ${m.importProblemText.zipTooLarge(String(file.size))}`);
    return;
  }
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const done = () => {
    worker.terminate();
    useAtlasStore.getState().setImportTask(null);
  };
  store.setImportTask({ name: file.name, phase: 'reading', cancel: done });
  await new Promise<void>((resolve) => {
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      useAtlasStore.getState().addNotice('importFailed', `${file.name}: ${m.importProblemText.damaged(event.message ?? '')}`);
      resolve();
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const s = useAtlasStore.getState();
      if (reply.kind === 'progress') {
        if (s.importTask) s.setImportTask({ ...s.importTask, phase: reply.phase });
        return;
      }
      done();
      resolve();
      if (reply.kind === 'refused') s.addNotice('importFailed', `${file.name}: ${m.importProblemText[reply.reason === 'tooLarge' ? 'unzippedTooLarge' : reply.reason](reply.detail ?? '')}`);
      else if (reply.kind === 'needsCrs') {
        if (reply.candidates.length === 0) s.addNotice('importFailed', `${file.name}: ${m.importProblemText.noCrsFits('')}`);
        else s.setCrsRequest({ file, names: reply.names, candidates: reply.candidates.map(({ id, name, accuracyM, centre }) => ({ id, name, accuracyM, centre })), ...(columns ? { columns } : {}) });
      } else if (reply.kind === 'needsColumns') s.setColumnRequest({ file, columns: reply.columns });
      else {
        for (const layer of reply.layers) {
          if (!layer.collection) {
            s.addNotice('importFailed', `${layer.name}: ${layer.problemCount > 0 ? problemWords(layer.problems, layer.problemCount) : m.importProblemText.noFeatures('')}`);
            continue;
          }
          const how = [layer.crs ?? 'WGS84', layer.encoding];
          addCheckedLayer(layer.name, `${layer.name}${s.lang === 'zh' ? `（${how.join('，')}）` : ` (${how.join(', ')})`}`, layer.collection, layer.problems, layer.problemCount, layer.warnings);
        }
      }
    };
    const request: WorkerRequest = { bytes, format, name: file.name.replace(/\.(zip|csv)$/i, ''), ...(crs ? { crs } : {}), ...(columns ? { columns } : {}) };
    worker.postMessage(request, [bytes]);
  });
}
