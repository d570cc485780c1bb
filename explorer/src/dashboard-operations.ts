import { graphql } from './gql';

/*
 * One named operation per chart, so that a BI tool (Grafana, Retool,
 * Observable) can call the same ones: README lists them.
 */

export const PartnershipsByKind = graphql(`
  query DashboardPartnershipsByKind {
    dashboard {
      partnershipsByKind {
        kind
        count
      }
    }
  }
`);

export const PartnershipsByYear = graphql(`
  query DashboardPartnershipsByYear {
    dashboard {
      partnershipsByYear {
        year
        count
      }
    }
  }
`);

export const PartnershipsBySector = graphql(`
  query DashboardPartnershipsBySector($first: Int = 15) {
    dashboard {
      core: partnershipsBySector(focus: CORE, first: $first) {
        count
        sector {
          id
          name
        }
      }
      opportunity: partnershipsBySector(focus: OPPORTUNITY, first: $first) {
        count
        sector {
          id
          name
        }
      }
    }
  }
`);

export const PartnershipsByMarket = graphql(`
  query DashboardPartnershipsByMarket($first: Int = 15) {
    dashboard {
      partnershipsByMarket(first: $first) {
        count
        place {
          id
          name
        }
      }
    }
  }
`);

export const MostConnectedCompanies = graphql(`
  query DashboardMostConnectedCompanies($first: Int = 15) {
    dashboard {
      companiesByPartners(first: $first) {
        partners
        partnerships
        company {
          id
          name
        }
      }
    }
  }
`);
