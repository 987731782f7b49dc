import { z } from 'zod';

/**
 * Front matter schemas of the directory's Markdown files. Front matter is read with YAML's failsafe schema, so every
 * scalar arrives as a string; numbers and booleans are converted here, and codes are never mangled into numbers.
 */

const text = z.string().transform((s) => s.trim());
const words = z.array(text).default([]);
const bool = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === 'yes');
const positiveInt = z.union([z.number(), z.string().regex(/^\d+$/, 'a whole number')]).transform((v) => Number(v));

export const LEVEL1_CODE = /^[1-9]\d*$/;
export const LEVEL2_CODE = /^[1-9]\d*\.[1-9]\d*$/;
export const LEVEL3_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const INDUSTRY_CODE = /^\d{4}$/;

export const level1Schema = z
  .object({
    code: z.string().regex(LEVEL1_CODE, 'a level-1 code is a whole number such as "1"'),
    name: text,
  })
  .strict();

export const level2Schema = z
  .object({
    code: z.string().regex(LEVEL2_CODE, 'a level-2 code looks like "1.3"'),
    name: text,
    parent: z.string().regex(LEVEL1_CODE, 'the parent of a level-2 category is a level-1 code such as "1"'),
    keywords: words,
    aliases: words,
  })
  .strict();

export const industryRefSchema = z
  .object({
    code: z.string(),
    name: text,
    partial: bool.default(false),
  })
  .strict();

export const level3Schema = z
  .object({
    id: z.string(),
    name: text,
    parent: z.string().regex(LEVEL2_CODE, 'the parent of a level-3 direction is a level-2 code such as "1.3"'),
    order: positiveInt.optional(),
    status: z.enum(['official', 'inferred']).default('official'),
    industries: z.array(industryRefSchema).min(1, 'list at least one industry class'),
    keywords: words,
    aliases: words,
  })
  .strict();

export const policySchema = z
  .object({
    title: text,
    order: positiveInt,
  })
  .strict();

export type Level1FrontMatter = z.infer<typeof level1Schema>;
export type Level2FrontMatter = z.infer<typeof level2Schema>;
export type Level3FrontMatter = z.infer<typeof level3Schema>;

/** Example values for error messages, by field name. */
export const FIELD_EXAMPLES: Record<string, string> = {
  code: '"1.3"',
  name: '新兴软件和新型信息技术服务',
  parent: '"1.3"',
  id: 'xinxing-ruanjian-kaifa',
  order: '3',
  status: 'inferred',
  industries: '[{ code: "6513", name: 应用软件开发, partial: true }]',
  keywords: '[信创, 国产软件]',
  aliases: '[AI]',
  partial: 'true',
  title: '重庆市江北区……办法（试行）',
};
