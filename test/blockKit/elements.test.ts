import { button, context, section } from '../../src/blockKit/message';
import {
  labelText,
  modalText,
  option,
  optionGroup,
  placeholderText,
  plainText,
} from '../../src/blockKit/elements';
import { listBlocks } from '../../src/blockKit/blockKit';
import { createTranslator } from '../../src/i18n/translator';

const long = (length: number) => 'x'.repeat(length);

describe('Block Kit elements', () => {
  it("cut every text to Slack's limit and mark the cut", () => {
    const label = option('L-12', `L-12 · ${long(200)}`).text.text;
    expect(label).toHaveLength(75);
    expect(label.endsWith('…')).toBe(true);
    expect(plainText(long(40), 30).text).toHaveLength(30);
    expect(optionGroup(long(80), []).label.text).toHaveLength(75);
    expect(button(long(100), 'act', 'v').text.text).toHaveLength(75);
    const sectionText = section(long(5000)).text;
    expect(sectionText?.text).toHaveLength(3000);
    const [contextElement] = context(long(4000)).elements;
    expect(contextElement && 'text' in contextElement ? contextElement.text.length : 0).toBe(3000);
  });

  it("cut a modal's title and buttons, labels, hints and placeholders to theirs", () => {
    const title = modalText('Nowa transakcja dla klienta Acme');
    expect(title).toEqual({ type: 'plain_text', text: 'Nowa transakcja dla kli…' });
    expect(title.text).toHaveLength(24);
    expect(modalText('Zapisz')).toEqual({ type: 'plain_text', text: 'Zapisz' });
    expect(labelText(long(2500)).text).toHaveLength(2000);
    expect(placeholderText(long(200)).text).toHaveLength(150);
    expect(placeholderText('np. Acme').text).toBe('np. Acme');
  });

  it('keep short texts and option values exactly as given', () => {
    expect(option('acme-corp', 'Acme Corp')).toEqual({
      text: { type: 'plain_text', text: 'Acme Corp' },
      value: 'acme-corp',
    });
    expect(section('*Leads*: 3').text?.text).toBe('*Leads*: 3');
  });

  it('pack long lists into sections within the limit, summing up the rest', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `${index}. ${long(300)}`);
    const blocks = listBlocks(lines, { t: createTranslator('en'), maxSections: 2 });
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    expect(blocks[1]?.text?.text).toMatch(/…and 22 more_$/);
  });
});
