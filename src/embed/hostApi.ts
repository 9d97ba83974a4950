/**
 * The host API: a page that embeds the Atlas in an iframe drives it with postMessage and hears
 * back. Every message is validated (shape, known ids, numbers in range); anything else — wrong
 * shape, another window, another origin than `?host=` — is ignored without a sound.
 *
 * In:  {type:'futian-atlas:select', zone} · {type:'futian-atlas:clear'} ·
 *      {type:'futian-atlas:layers', visible:[ids]} · {type:'futian-atlas:view', view:{center,zoom,bearing?,pitch?}} ·
 *      {type:'futian-atlas:step', index} · {type:'futian-atlas:next'} · {type:'futian-atlas:prev'} ·
 *      {type:'futian-atlas:lang', lang}
 * Out: {type:'futian-atlas:ready', version, zones, steps} · {type:'futian-atlas:selection', zone} ·
 *      {type:'futian-atlas:step', index, title}
 */
import { LANGS, type Lang } from '../i18n';
import { isToggleId, TOGGLE_IDS } from '../layers/toggles';
import type { MapView } from '../state/view';
import { isZoneId, ZONE_IDS, type ZoneId } from '../zones/ids';
import * as v from 'valibot';
import { ViewSchema } from '../state/viewSchema';

export const HOST_API_VERSION = 1;
const PREFIX = 'futian-atlas:';

export type HostCommand =
  | { type: 'select'; zone: ZoneId }
  | { type: 'clear' }
  | { type: 'layers'; visible: string[] }
  | { type: 'view'; view: MapView }
  | { type: 'step'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'lang'; lang: Lang };

type Json = Record<string, unknown>;

const ZoneSchema = v.custom<ZoneId>((z) => typeof z === 'string' && isZoneId(z));
/** A prefixed message of one type, read as the command without the prefix. */
const message = <T extends HostCommand['type'], E extends v.ObjectEntries>(type: T, entries: E) =>
  v.pipe(
    v.object({ type: v.literal(`${PREFIX}${type}`), ...entries }),
    v.transform(({ type: _prefixed, ...fields }) => ({ ...fields, type })),
  );

/** Each command's message; anything else (extra keys aside) is not a command. */
const HostMessageSchema = v.variant('type', [
  message('select', { zone: ZoneSchema }),
  message('clear', {}),
  message('next', {}),
  message('prev', {}),
  message('layers', { visible: v.pipe(v.array(v.pipe(v.string(), v.check(isToggleId))), v.maxLength(TOGGLE_IDS.length)) }),
  message('view', { view: ViewSchema }),
  message('step', { index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49)) }),
  message('lang', { lang: v.picklist(LANGS) }),
]);

/** A command, or null for anything that is not exactly one. Pure. */
export function parseHostMessage(data: unknown): HostCommand | null {
  const result = v.safeParse(HostMessageSchema, data);
  return result.success ? result.output : null;
}

export function outgoing(type: 'ready' | 'selection' | 'step', payload: Json): Json {
  return { type: `${PREFIX}${type}`, ...payload };
}

export const READY_PAYLOAD = { version: HOST_API_VERSION, zones: ZONE_IDS };
