import { builder } from './builder.js';
import './evidence.js';
import './node.js';
import './entity.js';
import './mention.js';
import './company.js';
import './person.js';
import './sector.js';
import './place.js';
import './project.js';
import './partnership.js';
import './article.js';
import './search.js';
import './suggest.js';
import './neighborhood.js';
import './paths.js';
import './dashboard.js';

/** Accord's GraphQL schema. schema/schema.graphql is its printed form, types sorted. */
export const schema = builder.toSchema();
