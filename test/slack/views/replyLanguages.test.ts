import { leftoverPlaceholders } from '../../support/languageChecks';
import { englishIn } from './replyProse';
import { allReplies } from './replyRenders';

describe.each(['pl', 'ru'] as const)('every command reply in %s', (language) => {
  it('has no English prose and no unfilled placeholder', () => {
    for (const [name, reply] of Object.entries(allReplies(language))) {
      expect({ name, english: englishIn(reply, language) }).toEqual({ name, english: [] });
      expect({ name, placeholders: leftoverPlaceholders(reply) }).toEqual({ name, placeholders: [] });
    }
  });
});

describe('every command reply in English', () => {
  it('fills every placeholder', () => {
    for (const [name, reply] of Object.entries(allReplies('en')))
      expect({ name, placeholders: leftoverPlaceholders(reply) }).toEqual({ name, placeholders: [] });
  });
});
