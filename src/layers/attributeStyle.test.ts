import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { attributeClasses, attributeNames, CATEGORY_COLORS, classColor, GRADUATED_COLORS, isNumeric } from './attributeStyle';

const layer = (values: Array<Record<string, unknown>>): FeatureCollection => ({
  type: 'FeatureCollection',
  features: values.map((properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [114.05, 22.54] } })),
});

describe('colouring an imported layer by an attribute', () => {
  it('gives the most frequent values their own colours and the rest “other”', () => {
    const data = layer([...Array.from({ length: 12 }, (_, i) => ({ 用地: `类${i}`, n: i })), { 用地: '类0' }, { 用地: null }]);
    expect(attributeNames(data)).toEqual(['用地', 'n']);
    const classes = attributeClasses(data, { property: '用地', kind: 'categories' }, '其他');
    expect(classes).toHaveLength(CATEGORY_COLORS.length + 1);
    expect(classes[0]).toEqual({ value: '类0', label: '类0', color: CATEGORY_COLORS[0] });
    expect(classes.at(-1)?.label).toBe('其他');
    const expr = classColor({ property: '用地', kind: 'categories' }, classes) as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr.at(-1)).toBe(classes.at(-1)?.color);
  });

  it('grades a number into five quantile classes with ascending bounds', () => {
    const data = layer(Array.from({ length: 100 }, (_, i) => ({ 面积: i + 1 })));
    expect(isNumeric(data, '面积')).toBe(true);
    const classes = attributeClasses(data, { property: '面积', kind: 'graduated' }, 'other');
    expect(classes.map((c) => c.value)).toEqual([1, 21, 41, 61, 81]);
    expect(classes.map((c) => c.color)).toEqual(GRADUATED_COLORS);
    expect(classes.at(-1)?.label).toBe('81 – 100');
    const expr = classColor({ property: '面积', kind: 'graduated' }, classes) as unknown[];
    expect(expr.slice(0, 1)).toEqual(['step']);
    expect(expr.slice(3)).toEqual([21, GRADUATED_COLORS[1], 41, GRADUATED_COLORS[2], 61, GRADUATED_COLORS[3], 81, GRADUATED_COLORS[4]]);
    expect(isNumeric(layer([{ a: '1' }]), 'a')).toBe(false);
  });
});
