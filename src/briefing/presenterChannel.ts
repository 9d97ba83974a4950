/**
 * The presenter window and the presenting window talk over a BroadcastChannel (same origin only):
 * the presenting window announces the briefing and the step on screen; the presenter window asks
 * for them when it opens and may step the briefing. Messages are checked like any outside input.
 */
import * as v from 'valibot';
import type { Lang } from '../i18n';

export const PRESENTER_CHANNEL = 'futian-atlas-presenter';

const StateSchema = v.object({
  type: v.literal('state'),
  lang: v.picklist(['zh', 'en']),
  title: v.pipe(v.string(), v.maxLength(200)),
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  presenting: v.boolean(),
  steps: v.pipe(v.array(v.object({ title: v.pipe(v.string(), v.maxLength(200)), notes: v.pipe(v.string(), v.maxLength(2000)) })), v.maxLength(60)),
});
const CommandSchema = v.union([v.object({ type: v.literal('hello') }), v.object({ type: v.literal('go'), index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(59)) })]);

export type PresenterState = v.InferOutput<typeof StateSchema> & { lang: Lang };
export type PresenterCommand = v.InferOutput<typeof CommandSchema>;

export function readState(data: unknown): PresenterState | null {
  const parsed = v.safeParse(StateSchema, data);
  return parsed.success ? parsed.output : null;
}

export function readCommand(data: unknown): PresenterCommand | null {
  const parsed = v.safeParse(CommandSchema, data);
  return parsed.success ? parsed.output : null;
}
