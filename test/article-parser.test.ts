import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArticleParseError, parseArticle } from '../src/ingest/article-parser.js';

const SEED = readFileSync('seeds/2018-07-02-bollore-alibaba-accord-mondial.txt', 'utf8');
const article = (byline: string, body = 'Un paragraphe qui se termine par un point.') =>
  `Titre de l'article\n\nChapeau de l'article.\n\n${byline}\n\n${body}\n`;

describe('the seed article', () => {
  const parsed = parseArticle(SEED);

  it('has its title once, though the page repeats it', () => {
    expect(parsed.title).toBe("Le groupe Bolloré et Alibaba s'associent au niveau mondial");
    expect(parsed.lede).toBe(
      "Ce matin, Bolloré annonce la signature d'un protocole d'accord avec le géant chinois de la vente en ligne Alibaba en vue de s'associer sur différents points au niveau mondial.",
    );
  });

  it('reads date and author from "Publié le 02-07-2018 par Aglaë Derouen"', () => {
    expect(parsed.publishedOn.toString()).toBe('2018-07-02');
    expect(parsed.author).toBe('Aglaë Derouen');
    expect([...SEED].slice(parsed.bylineSpan.start, parsed.bylineSpan.end).join('')).toBe(
      'Publié le 02-07-2018 par Aglaë Derouen',
    );
  });

  it('finds the two sections, with lines of no-break spaces as blank lines', () => {
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ["Le montant de l'opération non dévoilé", 2],
      ['Plusieurs projets en vue', 2],
    ]);
    expect(SEED).toContain('\n\u00a0\n');
  });

  it('drops the trailing "Les dernières actualités"', () => {
    expect(parsed.sections.flatMap((s) => s.heading ?? [])).not.toContain(
      'Les dernières actualités',
    );
    const lastParagraph = parsed.sections.at(-1)?.paragraphs.at(-1);
    expect([...SEED].slice(0, lastParagraph?.end).join('').endsWith('à travers le monde.')).toBe(
      true,
    );
    expect([...SEED].slice(parsed.bodyEnd).join('')).toBe('Les dernières actualités');
  });
});

describe('dates', () => {
  it.each([
    ['Publié le 02-07-2018', '2018-07-02'],
    ['Publié le 2/7/2018', '2018-07-02'],
    ['Publié le 29-02-2020 par X', '2020-02-29'],
    ['Publié le 1er juillet 2018 par Jean Dupont', '2018-07-01'],
    ['Publié le 15 août 2019 à 10h30', '2019-08-15'],
    ['Mis à jour le 03-07-2018', '2018-07-03'],
  ])('%s → %s', (byline, iso) => {
    expect(parseArticle(article(byline)).publishedOn.toString()).toBe(iso);
  });

  it.each([
    ['Publié le 31-06-2018', 'impossible date "31-06-2018"'],
    ['Publié le 29-02-2019', 'impossible date "29-02-2019"'],
    ['Publié le 02-13-2018', 'impossible date "02-13-2018"'],
    ['Publié le 3 brumaire 2018', 'unknown month "brumaire"'],
  ])('%s is refused: %s, with its line', (byline, message) => {
    expect(() => parseArticle(article(byline))).toThrow(message);
    try {
      parseArticle(article(byline));
    } catch (error) {
      expect((error as ArticleParseError).line).toBe(5);
    }
  });

  it('refuses an article without a byline', () => {
    expect(() => parseArticle('Titre\n\nTexte.\n')).toThrow(/no byline found/);
  });
});

describe('layout', () => {
  it('keeps an author absent when the byline has none', () => {
    expect(parseArticle(article('Publié le 02-07-2018')).author).toBeUndefined();
  });

  it('treats Windows line endings like Unix ones', () => {
    const parsed = parseArticle(
      article('Publié le 02-07-2018 par A B', 'Intertitre\n\nTexte du paragraphe.').replace(
        /\n/g,
        '\r\n',
      ),
    );
    expect(parsed.author).toBe('A B');
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Intertitre']);
  });

  it('drops boilerplate wherever it stands, not only at the end', () => {
    const parsed = parseArticle(
      article(
        'Publié le 02-07-2018',
        'Premier paragraphe.\n\nÀ lire aussi\n\nSecond paragraphe.\n\nLatest news',
      ),
    );
    expect(parsed.sections).toHaveLength(1);
    expect(parsed.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('counts offsets in code points, so characters beyond the BMP do not shift them', () => {
    const text = article('Publié le 02-07-2018 par 😀 Emoji');
    const parsed = parseArticle(text);
    expect(parsed.author).toBe('😀 Emoji');
    expect([...text].slice(parsed.bylineSpan.start, parsed.bylineSpan.end).join('')).toBe(
      'Publié le 02-07-2018 par 😀 Emoji',
    );
  });
});

describe('no-break spaces and site lists', () => {
  it('reads a byline whose words are separated by no-break spaces', () => {
    const parsed = parseArticle(
      article('Publié\u00a0le 2\u00a0juillet\u00a02018 par\u00a0Aglaë Derouen'),
    );
    expect(parsed.publishedOn.toString()).toBe('2018-07-02');
    expect(parsed.author).toBe('Aglaë Derouen');
  });

  it('drops the headlines the site lists after "Les dernières actualités"', () => {
    const parsed = parseArticle(
      article(
        'Publié le 02-07-2018',
        'Texte.\n\nLes dernières actualités\n\nTotal rachète une société\n\nUn autre titre',
      ),
    );
    expect(parsed.sections.map((s) => s.heading)).toEqual([null]);
    expect(parsed.sections[0]?.paragraphs).toHaveLength(1);
  });
});

describe('markers and names written with no-break spaces', () => {
  it('recognises "Les dernières\u00a0actualités :" even with the list right below it', () => {
    const parsed = parseArticle(
      article(
        'Publié le 02-07-2018',
        'Texte.\n\nLes dernières\u00a0actualités :\nTotal rachète une société\nUn autre titre',
      ),
    );
    expect(parsed.sections).toHaveLength(1);
    expect(parsed.sections[0]?.paragraphs).toHaveLength(1);
  });

  it('gives the author with plain spaces', () => {
    expect(parseArticle(article('Publié le 02-07-2018 par Aglaë\u00a0Derouen')).author).toBe(
      'Aglaë Derouen',
    );
  });
});

describe('English bylines', () => {
  it.each([
    ['Published on 3 July 2018 by Jane Doe', '2018-07-03', 'Jane Doe'],
    ['Published 2018-07-03 by John Smith', '2018-07-03', 'John Smith'],
    ['Published July 3, 2018 by Jane Doe', '2018-07-03', 'Jane Doe'],
    ['Published on July 3rd, 2018 at 10:30 am by Jane Doe', '2018-07-03', 'Jane Doe'],
    ['Updated 1st March 2020', '2020-03-01', undefined],
    ['Updated on 29 February 2020 by A\u00a0B', '2020-02-29', 'A B'],
  ])('%s → %s by %s', (byline, iso, author) => {
    const parsed = parseArticle(article(byline));
    expect(parsed.publishedOn.toString()).toBe(iso);
    expect(parsed.author).toBe(author);
  });

  it.each([
    ['Published on 31 June 2018 by Jane Doe', 'impossible date "31 June 2018"'],
    ['Published on 3 Juillet 2018 by Jane Doe', 'unknown month "Juillet"'],
    ['Published 2018-02-30', 'impossible date "2018-02-30"'],
  ])('%s is refused: %s, with its line', (byline, message) => {
    expect(() => parseArticle(article(byline))).toThrow(message);
    try {
      parseArticle(article(byline));
    } catch (error) {
      expect((error as ArticleParseError).line).toBe(5);
    }
  });

  it('does not read a day-first numeric date in English, where 03/07 could be March', () => {
    expect(() => parseArticle(article('Published 03/07/2018 by Jane Doe'))).toThrow(
      /no byline found/,
    );
  });

  it('parses the English drafting fixture: title, date, author and sections', () => {
    const parsed = parseArticle(
      readFileSync('test/fixtures/drafting/2024-03-12-nordwind-kestrel-supply.txt', 'utf8'),
    );
    expect(parsed.title).toBe('Nordwind Energy to supply battery cells to Kestrel Motors');
    expect(parsed.publishedOn.toString()).toBe('2024-03-12');
    expect(parsed.author).toBe('Jane Holloway');
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['A deal worth 400 million euros', 3],
      ['A shared ambition', 1],
    ]);
  });
});
