import { sql, type RawBuilder } from 'kysely';
import type { StatisticsScope } from '../../domain/statistics/statistics-scope.js';

const none = sql<boolean>`true`;

/** `column = province` when the scope names one province; always true otherwise. */
export function inProvince(column: RawBuilder<unknown>, scope: Pick<StatisticsScope, 'provinceCode'>): RawBuilder<boolean> {
  return scope.provinceCode === null ? none : sql<boolean>`${column} = ${scope.provinceCode}`;
}

/** `column` within the scope's period (start included, end excluded); always true for an open period. */
export function inPeriod(column: RawBuilder<unknown>, scope: Pick<StatisticsScope, 'fromAt' | 'untilAt'>): RawBuilder<boolean> {
  const from = scope.fromAt === null ? none : sql<boolean>`${column} >= ${scope.fromAt}`;
  const until = scope.untilAt === null ? none : sql<boolean>`${column} < ${scope.untilAt}`;
  return sql<boolean>`(${from} and ${until})`;
}
