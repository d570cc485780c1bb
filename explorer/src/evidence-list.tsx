import { useEffect, useState } from 'preact/hooks';
import { request } from './api';
import type { ExplorerEvidenceFragment } from './gql/graphql';
import { ArticleTexts } from './operations';
import { quoteInSentence } from './sentence';
import { hrefOf, navigate, type ViewState } from './view-state';

interface EvidenceListProps {
  evidence: ExplorerEvidenceFragment[];
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
}

/**
 * The quotes behind a node or a link: each in its sentence with the quoted
 * words highlighted, and the article's title, date and author, linked to the
 * article view.
 */
export function EvidenceList({ evidence, state, update }: EvidenceListProps) {
  const [texts, setTexts] = useState(new Map<string, string>());
  const articleIds = [...new Set(evidence.map((item) => item.article.id))];
  const key = articleIds.join(' ');

  useEffect(() => {
    if (!articleIds.length) return;
    let current = true;
    request(ArticleTexts, { ids: articleIds }).then(
      (data) => {
        if (!current) return;
        const found = new Map<string, string>();
        for (const node of data.nodes) {
          if (node && 'text' in node) found.set(node.id, node.text);
        }
        setTexts(found);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [key]);

  if (!evidence.length) return <p>No quote supports this.</p>;
  return (
    <ol class="evidence-list">
      {evidence.map((item) => {
        const text = texts.get(item.article.id);
        const cut = text
          ? quoteInSentence(text, item.start, item.end)
          : { before: '', quote: item.quote, after: '' };
        const href = hrefOf(state, { article: item.article.id, node: undefined, edge: undefined });
        return (
          <li key={item.id} class="evidence">
            <blockquote>
              {cut.before} <mark>{cut.quote}</mark> {cut.after}
            </blockquote>
            <p class="source">
              <a href={href} onClick={(event) => navigate(event, href, update)}>
                {item.article.title}
              </a>
              {' · '}
              <time dateTime={item.article.publishedOn}>{item.article.publishedOn}</time>
              {item.article.authorName && ` · ${item.article.authorName}`}
              {item.section && ` · § ${item.section}`}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
