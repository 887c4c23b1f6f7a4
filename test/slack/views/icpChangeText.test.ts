import { icpChangeBetween, type IcpChange } from '../../../src/domain/icp';
import { createTranslator } from '../../../src/i18n/translator';
import { icpChangeText } from '../../../src/views/text/icpChangeText';

const FIRST: IcpChange = { kind: 'first', sections: ['industries', 'buyingTriggers'] };
const EDIT = icpChangeBetween(
  { industries: 'retail, logistics, food, toys, cars, games', pains: 'Late deliveries' },
  { industries: 'finance', pains: 'Late  deliveries', countries: 'PL' },
);

function inEach(change: IcpChange | undefined): string[] {
  if (!change) throw new Error('expected a change');
  return ['en-US', 'pl-PL', 'ru-RU'].map((locale) => icpChangeText(createTranslator(locale), change));
}

describe('icpChangeText', () => {
  it('names the sections of a first version in the reader’s language', () => {
    expect(inEach(FIRST)).toEqual([
      'First version: Industries, Buying triggers',
      'Pierwsza wersja: Branże, Impulsy zakupowe',
      'Первая версия: Отрасли, Поводы для покупки',
    ]);
  });

  it('words added, removed and counted items and rewordings in the reader’s language', () => {
    expect(inEach(EDIT)).toEqual([
      'Industries: +finance, −retail, −logistics, −food, −toys, −2 more; Countries: +PL; Pains: reworded',
      'Branże: +finance, −retail, −logistics, −food, −toys, −jeszcze 2; Kraje: +PL; Problemy klienta: przeredagowano',
      'Отрасли: +finance, −retail, −logistics, −food, −toys, −ещё 2; Страны: +PL; Боли клиента: переформулировано',
    ]);
  });

  it('shows what a version saved before changes were kept as facts was stored with', () => {
    expect(icpChangeText(createTranslator('pl-PL'), { kind: 'text', text: 'Industries: +retail' })).toBe(
      'Industries: +retail',
    );
  });
});
