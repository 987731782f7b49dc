import { defineCollection, z } from 'astro:content';
import type { Category, Clause, PolicyDocument } from '@sixin/core';
import { sixinLoader, type IndustryEntry } from './lib/content-loader.ts';

// The core package validates the Markdown (front matter schemas, tree, annex names, GB/T 4754 codes) inside the
// loader. These schemas describe what the loader hands over; the type checks below keep them equal to the core types.

const industryRef = z.object({ code: z.string(), name: z.string(), partial: z.boolean() });

const category = z.object({
  id: z.string(),
  code: z.string().nullable(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  name: z.string(),
  parent: z.string().nullable(),
  children: z.array(z.string()),
  order: z.number(),
  status: z.enum(['official', 'inferred']),
  industries: z.array(industryRef),
  products: z.array(z.object({ industry: z.string(), items: z.array(z.string()) })),
  keywords: z.array(z.string()),
  aliases: z.array(z.string()),
  notes: z.string(),
  source: z.string(),
  position: z.number(),
});

const policyBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), depth: z.number(), text: z.string(), clause: z.string().optional() }),
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('table'), header: z.array(z.string()), rows: z.array(z.array(z.string())) }),
]);

const policyDocument = z.object({
  id: z.string(),
  title: z.string(),
  order: z.number(),
  blocks: z.array(policyBlock),
  source: z.string(),
  position: z.number(),
});

const clause = z.object({
  id: z.string(),
  title: z.string(),
  document: z.string(),
  ancestors: z.array(z.string()),
  text: z.string(),
  position: z.number(),
});

const industry = z.object({
  code: z.string(),
  name: z.string(),
  categories: z.array(z.object({ id: z.string(), partial: z.boolean() })),
  position: z.number(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Positioned<T> = T & { position: number };
const schemasMatchCore: [
  Same<z.infer<typeof category>, Positioned<Category>>,
  Same<z.infer<typeof policyDocument>, Positioned<PolicyDocument>>,
  Same<z.infer<typeof clause>, Positioned<Clause>>,
  Same<z.infer<typeof industry>, Positioned<IndustryEntry>>,
] = [true, true, true, true];
void schemasMatchCore;

export const collections = {
  categories: defineCollection({ loader: sixinLoader('categories'), schema: category }),
  policy: defineCollection({ loader: sixinLoader('policy'), schema: policyDocument }),
  clauses: defineCollection({ loader: sixinLoader('clauses'), schema: clause }),
  industries: defineCollection({ loader: sixinLoader('industries'), schema: industry }),
};
