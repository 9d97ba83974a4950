/**
 * KML (Google Earth, 奥维) and KMZ as a layer, with @tmcw/togeojson; a KMZ is unzipped with
 * fflate (its first .kml). KML is WGS84 by definition. Read on the main thread: togeojson needs
 * the browser's XML parser, which a worker does not have; the size limit (5 MB, told before
 * reading) keeps that short. Then checked as any GeoJSON import is.
 */
import { kml } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { addCheckedLayer, problemWords } from './layerNotices';
import { MAX_IMPORT_BYTES, validateGeoJsonValue } from './validateImport';

const MAX_KMZ_UNZIPPED = 20 * 1024 * 1024;

export async function importKml(file: File): Promise<void> {
  const store = useAtlasStore.getState();
  const m = messagesFor(store.lang);
  const fail = (why: string) => store.addNotice('importFailed', `${file.name}: ${why}`);
  if (file.size > MAX_IMPORT_BYTES) return fail(m.importProblemText.tooLarge(String(file.size)));
  let text: string;
  if (/\.kmz$/i.test(file.name)) {
    let total = 0;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(new Uint8Array(await file.arrayBuffer()), {
        filter: (f) => {
          total += f.originalSize;
          return /\.kml$/i.test(f.name) && total <= MAX_KMZ_UNZIPPED;
        },
      });
    } catch {
      return fail(m.importProblemText.notZip(''));
    }
    if (total > MAX_KMZ_UNZIPPED) return fail(m.importProblemText.unzippedTooLarge(String(total)));
    const doc = Object.values(files)[0];
    if (!doc) return fail(m.importProblemText.noFeatures(''));
    text = new TextDecoder().decode(doc);
  } else text = await file.text();
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  if (xml.getElementsByTagName('parsererror').length > 0) return fail(m.importProblemText.kmlNotXml(''));
  const result = validateGeoJsonValue(kml(xml));
  if (!result.collection) return fail(result.problems.length > 0 ? problemWords(result.problems) : m.importProblemText.noFeatures(''));
  const name = file.name.replace(/\.km[lz]$/i, '');
  addCheckedLayer(name, `${name}${store.lang === 'zh' ? '（KML）' : ' (KML)'}`, result.collection, result.problems, result.problems.length, result.warnings);
}
