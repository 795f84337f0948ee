/** Which article `/… remove <words>` means: its file name, else every word in its title. */
import { describe, expect, it } from 'vitest';
import { articlesNamed } from '../../src/slack/editArticles.js';
import { kazakhstan } from '../helpers/seeds.js';

describe('articlesNamed', () => {
  it('finds an article by its file name, with or without .md, in any case', async () => {
    const { dossier } = await kazakhstan();
    for (const asked of ['tokajev-staatsgreep', 'Tokajev-Staatsgreep.md']) expect(articlesNamed(dossier.articles, asked).map((a) => a.id)).toEqual(['kazakhstan/tokajev-staatsgreep']);
  });

  it('else by words of its title, accents and case aside; all of them must be there', async () => {
    const { dossier } = await kazakhstan();
    expect(articlesNamed(dossier.articles, 'RUSLAND troepen').map((a) => a.id)).toEqual(['kazakhstan/rusland-stuurt-troepen']);
    expect(articlesNamed(dossier.articles, 'rusland geweld')).toEqual([]);
    expect(articlesNamed(dossier.articles, 'kazach')).toHaveLength(2);
    expect(articlesNamed(dossier.articles, '  ')).toEqual([]);
  });
});
