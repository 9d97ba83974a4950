import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  const day = new Date(2026, 10, 23, 9, 0);
  it('says what the file holds', () => {
    expect(exportFileName('bagualing', 'zh', day, 'png')).toBe('futian-atlas_bagualing_zh_20261123.png');
    expect(exportFileName(null, 'en', day, 'pdf')).toBe('futian-atlas_overview_en_20261123.pdf');
    expect(exportFileName(null, 'en', day, 'pdf-vector')).toBe('futian-atlas_overview_en_20261123_vector.pdf');
    expect(exportFileName('bagualing', 'zh', day, 'svg')).toBe('futian-atlas_bagualing_zh_20261123.svg');
  });
  it('keeps names safe for every file system', () => {
    expect(exportFileName('../Three Belts / 三带', 'en', day, 'png')).toBe('futian-atlas_three-belts_en_20261123.png');
    expect(exportFileName('一核', 'zh', day, 'png')).toBe('futian-atlas_view_zh_20261123.png');
  });
});
