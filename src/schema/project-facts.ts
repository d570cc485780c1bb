import type { CompanyRecord, PlaceRecord, ProjectRecord, SectorRecord } from '../graph/records.js';
import { Label, Rel } from '../graph/vocabulary.js';
import type { FactPattern } from '../neo4j/reads/facts.js';
import { factType } from './fact.js';
import { factLoader } from './fact-loaders.js';
import { Company, Place, Project, Sector } from './node-refs.js';

/** The facts around projects: who leads them, their sectors and places. */

const PROJECT_LEADS: FactPattern = {
  types: [Rel.LEADS_PROJECT],
  from: Label.Company,
  to: Label.Project,
};
const PROJECT_SECTORS: FactPattern = {
  types: [Rel.IN_SECTOR],
  from: Label.Project,
  to: Label.Sector,
};
const PROJECT_PLACES: FactPattern = {
  types: [Rel.LOCATED_IN],
  from: Label.Project,
  to: Label.Place,
};

export const projectsLedBy = factLoader<CompanyRecord, ProjectRecord>(PROJECT_LEADS, 'from');
export const leadsOfProject = factLoader<CompanyRecord, ProjectRecord>(PROJECT_LEADS, 'to');
export const sectorsOfProject = factLoader<ProjectRecord, SectorRecord>(PROJECT_SECTORS, 'from');
export const projectsInSector = factLoader<ProjectRecord, SectorRecord>(PROJECT_SECTORS, 'to');
export const placesOfProject = factLoader<ProjectRecord, PlaceRecord>(PROJECT_PLACES, 'from');
export const projectsInPlace = factLoader<ProjectRecord, PlaceRecord>(PROJECT_PLACES, 'to');

export const ProjectLead = factType<CompanyRecord, ProjectRecord>({
  name: 'ProjectLead',
  description: 'A company leads a project.',
  from: ['company', Company],
  to: ['project', Project],
});

export const ProjectSector = factType<ProjectRecord, SectorRecord>({
  name: 'ProjectSector',
  description: 'A project is in a sector.',
  from: ['project', Project],
  to: ['sector', Sector],
});

export const ProjectPlace = factType<ProjectRecord, PlaceRecord>({
  name: 'ProjectPlace',
  description: 'A project is located in a place.',
  from: ['project', Project],
  to: ['place', Place],
});
