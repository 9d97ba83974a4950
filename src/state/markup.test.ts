import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARKUP_STYLE, type MarkupShape } from '../markup/types';
import { resetAtlasStore, useAtlasStore } from './store';

const store = () => useAtlasStore.getState();
beforeEach(() => resetAtlasStore());

const line = (id: string): MarkupShape => ({
  id,
  kind: 'line',
  coords: [
    [114, 22.5],
    [114.01, 22.5],
  ],
  note: '',
  style: DEFAULT_MARKUP_STYLE,
});

describe('markup in the store', () => {
  it('undoes and redoes every change, and a new change clears what could be redone', () => {
    store().addMarkupShape(line('a'));
    store().addMarkupShape(line('b'));
    store().updateMarkupShape('a', { note: '拟建' });
    store().undoMarkup();
    expect(store().markup.shapes.map((s) => s.note)).toEqual(['', '']);
    store().undoMarkup();
    expect(store().markup.shapes.map((s) => s.id)).toEqual(['a']);
    store().redoMarkup();
    expect(store().markup.shapes.map((s) => s.id)).toEqual(['a', 'b']);
    store().removeMarkupShape('a');
    expect(store().markupFuture).toEqual([]);
    expect(store().markup.shapes.map((s) => s.id)).toEqual(['b']);
    store().clearMarkup();
    store().undoMarkup();
    expect(store().markup.shapes.map((s) => s.id)).toEqual(['b']);
  });

  it('applies a style change to the selected shape and remembers it for the next one', () => {
    store().addMarkupShape(line('a'));
    store().selectMarkupShape('a');
    store().setMarkupStyle({ color: 3, dashed: true });
    expect(store().markup.shapes[0]?.style).toMatchObject({ color: 3, dashed: true });
    expect(store().markupStyle).toMatchObject({ color: 3, dashed: true });
    store().undoMarkup();
    expect(store().markup.shapes[0]?.style.color).toBe(0);
  });

  it('cuts a note and a legend name to their limits; an empty name goes back to the look’s', () => {
    store().addMarkupShape(line('a'));
    store().updateMarkupShape('a', { note: '注'.repeat(400) });
    expect(store().markup.shapes[0]?.note).toHaveLength(280);
    store().setMarkupName('line.0.0.0', '规划道路'.repeat(30));
    expect(store().markup.names['line.0.0.0']).toHaveLength(60);
    store().setMarkupName('line.0.0.0', '  ');
    expect(store().markup.names).toEqual({});
  });

  it('measuring from a zone opens the tool placing a point', () => {
    store().measureFromZone('bagualing');
    expect(store()).toMatchObject({ markupOpen: true, markupMode: 'point', markupFromZone: 'bagualing' });
    store().closeMarkup();
    expect(store()).toMatchObject({ markupOpen: false, markupMode: null, markupFromZone: null });
  });

  it('a briefing step with markup shows it, the markup before one undo away; a step without leaves it', () => {
    store().addMarkupShape(line('mine'));
    const stepMarkup = { shapes: [line('step')], names: {} };
    const view = { center: [114.05, 22.54] as [number, number], zoom: 12, bearing: 0, pitch: 0 };
    useAtlasStore.setState({ briefingSteps: [{ title: { zh: '一', en: 'One' }, layers: [], view, markup: stepMarkup }, { title: { zh: '二', en: 'Two' }, layers: [], view }] });
    store().goToStep(0);
    expect(store().markup).toBe(stepMarkup);
    store().goToStep(1);
    expect(store().markup).toBe(stepMarkup);
    store().undoMarkup();
    expect(store().markup.shapes.map((s) => s.id)).toEqual(['mine']);
  });
});
