import { median } from './stats';

export type Comparison = '≤' | '<' | '≥';

/** One line of the bench's table and one entry of its JSON file. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** Which statistic `value` is, e.g. `median` or `p95`. */
  statistic: string;
  value: number;
  min: number;
  max: number;
  runs: number;
  budget?: { compare: Comparison; value: number };
  /** Undefined for figures that are reported without a budget. */
  pass?: boolean;
  note?: string;
  samples: number[];
}

export function meets(value: number, compare: Comparison, limit: number): boolean {
  if (compare === '≤') return value <= limit;
  if (compare === '<') return value < limit;
  return value >= limit;
}

/** A figure whose value is the median of its samples. */
export function medianFigure(
  fields: Pick<Figure, 'id' | 'label' | 'unit'> & Partial<Pick<Figure, 'budget' | 'note'>>,
  samples: readonly number[],
): Figure {
  return summarised({ ...fields, statistic: 'median', value: median(samples) }, samples);
}

export function summarised(
  fields: Pick<Figure, 'id' | 'label' | 'unit' | 'statistic' | 'value'> &
    Partial<Pick<Figure, 'budget' | 'note' | 'pass'>>,
  samples: readonly number[],
): Figure {
  const { budget } = fields;
  return {
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    ...(budget ? { pass: meets(fields.value, budget.compare, budget.value) } : {}),
    ...fields,
    samples: [...samples],
  };
}
