import { useEffect, useState } from 'preact/hooks';
import { request } from './api';
import { type Bar, BarChart } from './bar-chart';
import {
  MostConnectedCompanies,
  PartnershipsByKind,
  PartnershipsByMarket,
  PartnershipsBySector,
  PartnershipsByYear,
} from './dashboard-operations';
import type { PartnershipKind } from './gql/graphql';

interface Charts {
  byKind: Bar[];
  byYear: Bar[];
  core: Bar[];
  opportunity: Bar[];
  byMarket: Bar[];
  companies: Bar[];
}

const kindLabel = (kind: PartnershipKind) => kind.toLowerCase().replaceAll('_', ' ');

/** Every chart's data, one named operation each (the ones README lists for BI tools). */
async function loadCharts(): Promise<Charts> {
  const [kind, year, sector, market, companies] = await Promise.all([
    request(PartnershipsByKind, {}),
    request(PartnershipsByYear, {}),
    request(PartnershipsBySector, { first: 15 }),
    request(PartnershipsByMarket, { first: 15 }),
    request(MostConnectedCompanies, { first: 15 }),
  ]);
  return {
    byKind: kind.dashboard.partnershipsByKind.map((row) => ({
      key: row.kind,
      label: kindLabel(row.kind),
      value: row.count,
    })),
    byYear: year.dashboard.partnershipsByYear.map((row) => ({
      key: String(row.year ?? 'none'),
      label: row.year === null || row.year === undefined ? 'no date' : String(row.year),
      value: row.count,
    })),
    core: sector.dashboard.core.map((row) => ({
      key: row.sector.id,
      label: row.sector.name,
      value: row.count,
    })),
    opportunity: sector.dashboard.opportunity.map((row) => ({
      key: row.sector.id,
      label: row.sector.name,
      value: row.count,
    })),
    byMarket: market.dashboard.partnershipsByMarket.map((row) => ({
      key: row.place.id,
      label: row.place.name,
      value: row.count,
    })),
    companies: companies.dashboard.companiesByPartners.map((row) => ({
      key: row.company.id,
      label: row.company.name,
      value: row.partners,
      href: `/explore/?entity=${encodeURIComponent(row.company.id)}`,
    })),
  };
}

/** /explore/dashboard: partnerships by kind, year, sector and market; the most connected companies. */
export function Dashboard() {
  const [charts, setCharts] = useState<Charts>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    loadCharts().then(setCharts, (failure: Error) => setError(failure.message));
  }, []);
  return (
    <div class="dashboard">
      <header class="top">
        <h1>
          <a href="/explore/">Accord</a> dashboard
        </h1>
        <nav aria-label="Accord">
          <a href="/explore/">Explorer</a> <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main>
        {error && <p role="alert">The dashboard could not be loaded: {error}</p>}
        {!charts && !error && <p role="status">Loading…</p>}
        {charts && (
          <div class="charts">
            <BarChart
              id="by-kind"
              title="Partnerships by kind"
              bars={charts.byKind}
              unit="partnerships"
            />
            <BarChart
              id="by-year"
              title="Partnerships by year signed"
              bars={charts.byYear}
              unit="partnerships"
            />
            <BarChart
              id="core-sectors"
              title="Core sectors"
              bars={charts.core}
              unit="partnerships"
            />
            <BarChart
              id="opportunity-sectors"
              title="Opportunity sectors"
              bars={charts.opportunity}
              unit="partnerships"
            />
            <BarChart
              id="by-market"
              title="Partnerships by market"
              bars={charts.byMarket}
              unit="partnerships"
            />
            <BarChart
              id="companies"
              title="Most connected companies (click for the network)"
              bars={charts.companies}
              unit="partners"
            />
          </div>
        )}
      </main>
    </div>
  );
}
