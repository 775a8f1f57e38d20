import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { PolicyPriorityClass } from './policy-priority-class';

/** 施策: a measure of the guideline's section 6, tracked by the promotion committee. */
@Entity({ tableName: 'policy_measure' })
export class PolicyMeasure {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** `6-<subsection>-<n>`, e.g. 6-2-1. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Enum({ items: () => PolicyPriorityClass, type: 'text' })
  priorityClass!: PolicyPriorityClass;

  /** ア, イ or ウ: the heading the measure sits under; null where the subsection has none. */
  @Property({ type: 'text', nullable: true })
  headingMark!: string | null;

  /** The heading's title (or the subsection's one title). */
  @Property({ type: 'text' })
  headingTitle!: string;

  /** 担当課: a department of the directory subgraph; no foreign key across schemas. */
  @Property({ type: 'uuid' })
  leadDepartmentId!: string;

  /** Last change of the row, kept by a database trigger on every update (the open data change feed). */
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}
