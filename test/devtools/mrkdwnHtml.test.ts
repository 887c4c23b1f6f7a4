import { mrkdwnToHtml } from '../../src/devtools/mrkdwnHtml';

describe('mrkdwn on the demo page', () => {
  it('renders emphasis, code, mentions and links, keeping Slack-escaped user text inert', () => {
    expect(
      mrkdwnToHtml('*Wins* _(2 lost)_ `D-7` <@U1> in <#C1> <https://x.test/a?b=1|open>', {
        U1: 'anna',
        C1: 'sales',
      }),
    ).toBe(
      '<b>Wins</b> <i>(2 lost)</i> <code>D-7</code> <span class="mention">@anna</span> in ' +
        '<span class="mention">#sales</span> <a href="https://x.test/a?b=1">open</a>',
    );
    expect(mrkdwnToHtml('“Slow &lt;!channel&gt; sync” & more')).toBe(
      '“Slow &lt;!channel&gt; sync” &amp; more',
    );
  });

  it('keeps code blocks verbatim and turns line breaks into <br>', () => {
    expect(mrkdwnToHtml('Table\n```a  *b*\n<c>```')).toBe('Table<br><pre>a  *b*\n&lt;c&gt;</pre>');
  });
});
