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
import { validView } from './briefing';

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

/** A command, or null for anything that is not exactly one. Pure. */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Json;
  if (typeof message.type !== 'string' || !message.type.startsWith(PREFIX)) return null;
  const type = message.type.slice(PREFIX.length);
  switch (type) {
    case 'select':
      return typeof message.zone === 'string' && isZoneId(message.zone) ? { type, zone: message.zone } : null;
    case 'clear':
    case 'next':
    case 'prev':
      return { type };
    case 'layers':
      return Array.isArray(message.visible) && message.visible.length <= TOGGLE_IDS.length && message.visible.every((v) => typeof v === 'string' && isToggleId(v))
        ? { type, visible: message.visible as string[] }
        : null;
    case 'view': {
      const view = validView(message.view);
      return view ? { type, view } : null;
    }
    case 'step':
      return Number.isInteger(message.index) && (message.index as number) >= 0 && (message.index as number) < 50 ? { type, index: message.index as number } : null;
    case 'lang':
      return typeof message.lang === 'string' && (LANGS as readonly string[]).includes(message.lang) ? { type, lang: message.lang as Lang } : null;
    default:
      return null;
  }
}

export function outgoing(type: 'ready' | 'selection' | 'step', payload: Json): Json {
  return { type: `${PREFIX}${type}`, ...payload };
}

export const READY_PAYLOAD = { version: HOST_API_VERSION, zones: ZONE_IDS };
