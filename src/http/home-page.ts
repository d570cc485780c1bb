/** What `/` shows: where to go. Plain HTML, no script, so the strictest CSP fits it. */
export function homePage({ graphiql }: { graphiql: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Accord</title></head>
<body>
<h1>Accord</h1>
<p>Company partnerships from news articles, every link backed by its quotes.</p>
<ul>
<li><a href="/explore/">Explorer</a>: search an entity, see its network and the quotes behind each link.</li>
<li><a href="/explore/dashboard">Dashboard</a>: partnerships by kind, year, sector and market.</li>
${graphiql ? '<li><a href="/graphql">GraphiQL</a>: write GraphQL queries.</li>\n' : ''}<li>The API: <code>POST /graphql</code>.</li>
</ul>
</body>
</html>
`;
}
