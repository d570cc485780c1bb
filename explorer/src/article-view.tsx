import { useEffect, useState } from 'preact/hooks';
import { request } from './api';
import type { ExplorerArticleQuery } from './gql/graphql';
import { ArticleWithEvidence } from './operations';
import { segmentsOf } from './sentence';
import { hrefOf, navigate, type ViewState } from './view-state';

type Article = NonNullable<ExplorerArticleQuery['article']>;
type Quote = Article['evidence'][number];

interface ArticleViewProps {
  id: string;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
}

/** Where a quote leads: the link it supports, or the node whose property it states. */
function targetOf(state: ViewState, quote: Quote): string {
  const subject = quote.subject?.id;
  if (quote.predicate === 'property' || !subject) {
    return hrefOf(state, {
      article: undefined,
      entity: subject ?? state.entity,
      node: subject,
      edge: undefined,
    });
  }
  return hrefOf(state, {
    article: undefined,
    entity: subject,
    expanded: [],
    node: undefined,
    edge: quote.claimId,
  });
}

/** An article's text with every quote highlighted, each linked to what it supports. */
export function ArticleView({ id, state, update }: ArticleViewProps) {
  const [article, setArticle] = useState<Article | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    request(ArticleWithEvidence, { id }).then(
      (data) => current && setArticle(data.article),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [id]);

  const back = hrefOf(state, { article: undefined });
  const backLink = (
    <a href={back} onClick={(event) => navigate(event, back, update)}>
      ← Back to the network
    </a>
  );
  if (error) return <p role="alert">{error}</p>;
  if (article === undefined) return <p aria-live="polite">Loading the article…</p>;
  if (article === null) return <p role="alert">No article has the id {id}.</p>;
  return (
    <article class="article-view" aria-labelledby="article-title">
      {backLink}
      <h2 id="article-title">{article.title}</h2>
      <p class="source">
        <time dateTime={article.publishedOn}>{article.publishedOn}</time>
        {article.authorName && ` · ${article.authorName}`}
        {article.publisher && ` · ${article.publisher}`}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} rel="noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <p>
        {article.evidence.length < article.evidenceCount
          ? `The first ${article.evidence.length} of its ${article.evidenceCount} quotes are highlighted (the API gives 100 at most)`
          : `Its ${article.evidenceCount} quotes are highlighted`}
        ; each links to what it supports.
      </p>
      <div class="article-text">
        {segmentsOf(article.text, article.evidence).map((segment, index) => {
          const quote = segment.covering[segment.covering.length - 1];
          if (!quote) return segment.text;
          const href = targetOf(state, quote);
          return (
            <mark key={index} data-claim={quote.claimId}>
              <a
                href={href}
                title={quote.claimId}
                onClick={(event) => navigate(event, href, update)}
              >
                {segment.text}
              </a>
            </mark>
          );
        })}
      </div>
    </article>
  );
}
