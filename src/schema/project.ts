import type { ProjectRecord } from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { Entity } from './entity.js';
import { ProjectStatus } from './enums.js';
import { factsPlan, readFacts } from './fact-loaders.js';
import { reads } from './field-plan.js';
import { lookUp, lookupArgs } from './lookup.js';
import { Project } from './node-refs.js';
import { PartnershipProject, partnershipsOfProject } from './partnership-facts.js';
import {
  leadsOfProject,
  ProjectLead,
  ProjectPlace,
  ProjectSector,
  placesOfProject,
  sectorsOfProject,
} from './project-facts.js';

Project.implement({
  description: 'A project a partnership includes: who leads it, its sectors and places.',
  interfaces: [Entity],
  fields: (t) => ({
    status: t.field({
      extensions: reads('status'),
      type: ProjectStatus,
      nullable: true,
      resolve: (p) => p.status ?? null,
    }),
    leads: t.field({
      type: [ProjectLead],
      description: 'The companies that lead it.',
      extensions: factsPlan(leadsOfProject),
      resolve: (p, _args, ctx, info) => readFacts(leadsOfProject, p, ctx, info),
    }),
    sectors: t.field({
      type: [ProjectSector],
      extensions: factsPlan(sectorsOfProject),
      resolve: (p, _args, ctx, info) => readFacts(sectorsOfProject, p, ctx, info),
    }),
    places: t.field({
      type: [ProjectPlace],
      extensions: factsPlan(placesOfProject),
      resolve: (p, _args, ctx, info) => readFacts(placesOfProject, p, ctx, info),
    }),
    partnerships: t.field({
      type: [PartnershipProject],
      description: 'The partnerships that include it.',
      extensions: factsPlan(partnershipsOfProject),
      resolve: (p, _args, ctx, info) => readFacts(partnershipsOfProject, p, ctx, info),
    }),
  }),
});

builder.queryFields((t) => ({
  project: t.field({
    type: Project,
    nullable: true,
    description: 'A project by id or by name (aliases count); null when none is known.',
    args: lookupArgs(Label.Project),
    resolve: (_root, args, ctx, info) => lookUp<ProjectRecord>(Label.Project, args, ctx, info),
  }),
}));
