/**
 * The Atlas' content, checked once when first imported: a broken hand edit fails loudly in tests
 * and `npm run validate:data`, and never reaches a user as a half-rendered panel.
 */
import documentsJson from '../../data/content/documents.json';
import zonesJson from '../../data/content/zones.json';
import type { ZoneId } from '../zones/ids';
import type { DocumentId, DocumentInfo, ZoneContent } from './types';
import { assertZones, formatProblems, validateDocuments } from './validate';

const documentProblems = validateDocuments(documentsJson);
if (documentProblems.length > 0) throw new Error(formatProblems('data/content/documents.json', documentProblems));

export const DOCUMENTS = documentsJson as DocumentInfo[];
export const ZONES: readonly ZoneContent[] = assertZones(zonesJson, DOCUMENTS);

const BY_ID = new Map<ZoneId, ZoneContent>(ZONES.map((z) => [z.id, z]));

export function zoneById(id: ZoneId): ZoneContent {
  const zone = BY_ID.get(id);
  if (!zone) throw new Error(`no content for zone ${id}`);
  return zone;
}

export function documentById(id: DocumentId): DocumentInfo {
  const doc = DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`unknown document ${id}`);
  return doc;
}
