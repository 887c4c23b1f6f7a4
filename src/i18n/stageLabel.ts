import type { Stage } from '../domain/stages';
import type { Translator } from './translator';

/** A funnel stage's name in the translator's language ("Oferta", "Переговоры"). */
export function stageLabel(t: Translator, stage: Stage): string {
  return t.t(`stage.${stage}`);
}
