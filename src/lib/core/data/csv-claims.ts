/**
 * A CSV's `claims` cell: the summary as sentences, one per line, each ending in what it cites — the event's
 * quotes numbered from 1 in the order of its quote rows (`[1]`, `[1,2]` or `[1][2]`), or `[r:<id>]` for a
 * record source.
 */

/**
 * A line split into its sentence and the bracketed citations it ends in (`[1]`, `[1,2]`, `[1][2]`,
 * `[r:source-id]`), read from the end by hand: linear in the line's length whatever it holds.
 *
 * splitMarkers('They met. [1][r:afp]') → { text: 'They met.', markers: ['1', 'r:afp'] }
 */
function splitMarkers(line: string): { text: string; markers: string[] } {
  const markers: string[] = [];
  let text = line.trimEnd();
  while (text.endsWith(']')) {
    const open = text.lastIndexOf('[');
    if (open < 0) break;
    markers.unshift(text.slice(open + 1, -1));
    text = text.slice(0, open).trimEnd();
  }
  return { text, markers };
}

/**
 * A `claims` cell as claims: one per line, each line's closing markers read as what it cites.
 *
 * parseClaims('They met. [1]\nIt was cut short. [r:afp]') →
 *   { claims: [{ en: 'They met.', cites: [0] }, { en: 'It was cut short.', record: 'afp' }], problems: [] }
 */
export function parseClaims(
  text: string,
  translated?: string
): { claims: Record<string, unknown>[]; problems: string[] } {
  const problems: string[] = [];
  const lines = (cell: string) =>
    cell
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const english = lines(text);
  const indonesian = translated === undefined ? undefined : lines(translated);
  if (indonesian && indonesian.length !== english.length) {
    problems.push(
      `claims_id has ${indonesian.length} sentence${indonesian.length === 1 ? '' : 's'} but claims has ${english.length}: give one line for each`
    );
  }
  const claims = english.map((line, index) => {
    const { text: en, markers } = splitMarkers(line);
    const cites: number[] = [];
    let record: string | undefined;
    for (const inside of markers) {
      const body = inside.trim();
      if (/^r:/i.test(body)) record = body.slice(2).trim();
      else if (/^\d+(?:\s*,\s*\d+)*$/.test(body) && !/(^|,)\s*0+\s*(,|$)/.test(body))
        cites.push(...body.split(',').map((n) => Number(n) - 1));
      else
        problems.push(
          `claims line ${index + 1}: "[${inside}]" is not a citation: write [1] for the event's first quote, [1,2] for two, [r:source-id] for a record source`
        );
    }
    const id = indonesian?.[index] === undefined ? undefined : splitMarkers(indonesian[index]).text;
    return {
      en,
      ...(id ? { id } : {}),
      ...(cites.length > 0 ? { cites } : {}),
      ...(record !== undefined ? { record } : {})
    };
  });
  return { claims, problems };
}
