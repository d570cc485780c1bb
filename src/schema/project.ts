import type { ProjectRecord } from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { Entity } from './entity.js';
import { ProjectStatus } from './enums.js';
import { lookUp, lookupArgs } from './lookup.js';
import { Project } from './node-refs.js';
import {
  leadsOfProject,
  PartnershipProject,
  ProjectLead,
  ProjectPlace,
  ProjectSector,
  partnershipsOfProject,
  placesOfProject,
  sectorsOfProject,
} from './partnership-facts.js';

Project.implement({
  description: 'A project a partnership includes: who leads it, its sectors and places.',
  interfaces: [Entity],
  fields: (t) => ({
    status: t.field({ type: ProjectStatus, nullable: true, resolve: (p) => p.status ?? null }),
    leads: t.field({
      type: [ProjectLead],
      description: 'The companies that lead it.',
      resolve: (p, _args, ctx) => leadsOfProject(ctx, p.id),
    }),
    sectors: t.field({
      type: [ProjectSector],
      resolve: (p, _args, ctx) => sectorsOfProject(ctx, p.id),
    }),
    places: t.field({
      type: [ProjectPlace],
      resolve: (p, _args, ctx) => placesOfProject(ctx, p.id),
    }),
    partnerships: t.field({
      type: [PartnershipProject],
      description: 'The partnerships that include it.',
      resolve: (p, _args, ctx) => partnershipsOfProject(ctx, p.id),
    }),
  }),
});

builder.queryFields((t) => ({
  project: t.field({
    type: Project,
    nullable: true,
    description: 'A project by id or by name (aliases count); null when none is known.',
    args: lookupArgs,
    resolve: (_root, args, ctx) => lookUp<ProjectRecord>(Label.Project, args, ctx),
  }),
}));
