import * as z from 'zod/mini';
import { SECTORS } from './sectors.ts';

/** One certification of the annex, as stored in data/certifications.json. */
export const certificationSchema = z
  .object({
    /** Stable: 'rncp-37443' or 'certifinfo-50267'. */
    id: z.string().check(z.regex(/^(rncp|certifinfo)-\d+$/)),
    /** The official title, verbatim with its whitespace normalised. */
    title: z.string().check(z.minLength(2)),
    /** RNCP level 3–7; null for branch CQPs identified by a CertifInfo code. */
    level: z.nullable(z.int().check(z.gte(3), z.lte(7))),
    rncp: z.nullable(z.string().check(z.regex(/^RNCP\d{3,6}$/))),
    certifinfo: z.nullable(z.string().check(z.regex(/^\d{3,7}$/))),
    sectors: z.array(z.enum(SECTORS)).check(z.minLength(1)),
    /** Derived for display: "Titre professionnel", "CAP", "CQP"… */
    kind: z.string().check(z.minLength(2)),
    /**
     * For display: the name without the kind prefix, in readable casing, with the annex's obvious
     * typos fixed when data/noms-courants.tsv says so (the verbatim title stays in `title`).
     */
    name: z.string().check(z.minLength(2)),
    /** Whether `name` fixes a typo of the annex (then the page shows the verbatim title too). */
    nameCorrected: z.boolean(),
    /** The names people use for it (jobs, acronyms), from data/noms-courants.tsv, searched too. */
    everydayNames: z.array(z.string().check(z.minLength(2))),
  })
  .check(
    z.refine((item) => (item.rncp !== null && item.level !== null) || item.certifinfo !== null, {
      error: 'une certification a soit un code RNCP avec un niveau, soit un code CertifInfo',
    }),
  );

export const catalogueSchema = z.array(certificationSchema);

export type Certification = z.infer<typeof certificationSchema>;
