/** Export file names say what they hold: futian-atlas_<zone-or-view>_<lang>_<YYYYMMDD>.<ext>. */
import type { Lang } from '../i18n';

/** Keeps ids readable and safe in every file system: lower-case ASCII, digits and hyphens. */
function slug(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'view'
  );
}

/**
 * `subject`: the selected zone's id, else the briefing step's name, else the view ("overview").
 */
export function exportFileName(subject: string | null, lang: Lang, date: Date, format: 'png' | 'pdf' | 'pdf-vector' | 'svg'): string {
  // The vector PDF says so in its name: exported beside the raster one, neither overwrites the other.
  const ending = format === 'pdf-vector' ? '_vector.pdf' : `.${format}`;
  return `futian-atlas_${slug(subject ?? 'overview')}_${lang}_${dateStamp(date)}${ending}`;
}

/** YYYYMMDD in local time, for file names. */
export function dateStamp(date = new Date()): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}
